#include "ftest.h"
#include "test.h"

struct q {
  unsigned u : 3;
  int s : 5;
  unsigned long w : 40;
};

int main(void) {
  struct q x = {0};
  double d = 5.7;
  x.u = d;
  ASSERT(5, x.u);
  x.s = -9.99;
  ASSERT(-9, x.s);
  x.w = 1e12;
  ASSERT(1000000000000L, x.w);
  ASSERT_D(5.0, x.u);
  ASSERT_D(-4.5, x.s / 2.0);
  float f = x.w;
  PD(f);
  double r = x.u * 0.5 + x.s;
  ASSERT_D(-6.5, r);
  x.u = 0.9f;
  ASSERT(0, x.u);
  return 0;
}
