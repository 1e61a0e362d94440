#include "test.h"

struct t {
  int a : 6;
  int b : 6;
  long c : 36;
};

static struct t mk(int a, int b, long c) {
  struct t r;
  r.a = a;
  r.b = b;
  r.c = c;
  return r;
}

int main(void) {
  struct t x = mk(-32, 31, -34359738368L);
  ASSERT(-32, x.a);
  ASSERT(31, x.b);
  ASSERT(-1, x.a + x.b);
  ASSERT(-992, x.a * x.b);
  ASSERT(-1, x.a / x.b);
  ASSERT(-1, x.a % x.b);
  ASSERT(1, x.a < x.b);
  ASSERT(-16, x.a / 2);
  ASSERT(-34359738368L, x.c);
  ASSERT(34359738367L, -(x.c + 1));
  x.a = x.b; /* 31 */
  x.b = -x.b;
  ASSERT(0, x.a + x.b);
  ASSERT(1, x.b < 0);
  long prod = (long)x.a * x.c;
  ASSERT(-1065151889408L, prod);
  return 0;
}
