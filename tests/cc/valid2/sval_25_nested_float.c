#include "ftest.h"
#include "test.h"

struct inner {
  float a;
};
struct outer {
  struct inner s;
  float b;
};
struct deep {
  struct {
    struct {
      double x;
    } in;
  } mid;
  int k;
};

static struct outer flip(struct outer o) {
  float t = o.s.a;
  o.s.a = o.b;
  o.b = t;
  return o;
}
static struct deep bump(struct deep d) {
  d.mid.in.x *= d.k;
  d.k++;
  return d;
}

int main(void) {
  ASSERT(8, sizeof(struct outer));
  ASSERT(16, sizeof(struct deep));
  struct outer o = {{1.25f}, -4};
  struct outer f = flip(o);
  ASSERT_D(-4.0, f.s.a);
  ASSERT_D(1.25, f.b);
  ASSERT_D(1.25, flip(flip(o)).s.a);
  struct deep d = {{{0.5}}, 2};
  d = bump(bump(bump(d)));
  ASSERT(5, d.k);
  ASSERT_D(12.0, d.mid.in.x);
  return 0;
}
