#include "ftest.h"
#include "test.h"

struct fa2 {
  float v[2];
};

static struct fa2 swap(struct fa2 a) {
  float t = a.v[0];
  a.v[0] = a.v[1];
  a.v[1] = t;
  return a;
}
static struct fa2 add(struct fa2 a, struct fa2 b) {
  for (int i = 0; i < 2; i++)
    a.v[i] += b.v[i];
  return a;
}

int main(void) {
  ASSERT(8, sizeof(struct fa2));
  struct fa2 a = {{1.5f, -3}}, b = {{0.25f, 0.5f}};
  struct fa2 s = swap(a);
  ASSERT_D(-3.0, s.v[0]);
  ASSERT_D(1.5, s.v[1]);
  struct fa2 c = add(swap(a), b);
  ASSERT_D(-2.75, c.v[0]);
  ASSERT_D(2.0, c.v[1]);
  ASSERT_D(1.5, a.v[0]);
  PD(add(add(b, b), swap(b)).v[1]);
  return 0;
}
