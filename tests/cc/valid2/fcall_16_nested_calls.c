#include "ftest.h"

static double f(double x) { return x * 3 + 1; }
static double g(double x, double y) { return x - y; }
static double h(double a, double b, double c) { return a * b + c; }

int main(void) {
  ASSERT_D(-3.0, g(f(1), f(2)));
  ASSERT_D(7.0, h(f(0), f(1), g(f(1), 1)));
  ASSERT_D(13.0, f(f(f(0))) + f(g(0, 0)) - 1);
  double a = 0.5;
  double r = h(a, f(a), g(f(a), h(a, a, a)));
  PD(r);
  PD(h(h(1, 2, 3), h(4, 5, 6), h(7, 8, 9)));
  return 0;
}
