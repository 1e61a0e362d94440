#include "test.h"

struct s1 {
  short v;
};

static struct s1 neg(struct s1 s) {
  s.v = -s.v;
  return s;
}
static struct s1 add(struct s1 a, struct s1 b) {
  struct s1 r = {(short)(a.v + b.v)};
  return r;
}

int main(void) {
  ASSERT(2, sizeof(struct s1));
  struct s1 a = {-1234}, b = {30000};
  ASSERT(1234, neg(a).v);
  ASSERT(28766, add(a, b).v);
  ASSERT(-28766, neg(add(a, b)).v);
  struct s1 c = add(b, b); /* 60000 wraps in short (implementation-defined, gcc: modulo) */
  ASSERT(-5536, c.v);
  return 0;
}
