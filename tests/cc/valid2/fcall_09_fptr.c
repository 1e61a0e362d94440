#include "ftest.h"

typedef double (*unary)(double);

static double twice(double x) { return 2 * x; }
static double negate(double x) { return -x; }
static double recip(double x) { return 1 / x; }

static double apply_n(unary f, int n, double x) {
  while (n--)
    x = f(x);
  return x;
}

static unary choose(int k) {
  switch (k) {
  case 0:
    return twice;
  case 1:
    return negate;
  default:
    return recip;
  }
}

int main(void) {
  ASSERT_D(32.0, apply_n(twice, 5, 1.0));
  ASSERT_D(-1.5, apply_n(negate, 3, 1.5));
  ASSERT_D(0.25, choose(2)(4.0));
  ASSERT_D(8.0, choose(0)(choose(0)(2.0)));
  double (*fp)(double) = &recip;
  ASSERT_D(0.125, (*fp)(8.0));
  PD(apply_n(recip, 1, 3.0));
  return 0;
}
