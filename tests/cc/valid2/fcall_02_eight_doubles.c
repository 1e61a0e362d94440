#include "ftest.h"

static double w8(double a, double b, double c, double d, double e, double f, double g,
                 double h) {
  return a + 2 * b + 3 * c + 4 * d + 5 * e + 6 * f + 7 * g + 8 * h;
}
static double w1(double a) { return a; }
static double w2(double a, double b) { return a - b; }
static double w3(double a, double b, double c) { return a * b - c; }
static double w5(double a, double b, double c, double d, double e) {
  return (a - b) * (c - d) / e;
}

int main(void) {
  ASSERT_D(36.0, w8(1, 1, 1, 1, 1, 1, 1, 1));
  ASSERT_D(204.0, w8(1, 2, 3, 4, 5, 6, 7, 8));
  ASSERT_D(0.5, w8(0.5, 0, 0, 0, 0, 0, 0, 0));
  ASSERT_D(4.0, w8(0, 0, 0, 0, 0, 0, 0, 0.5));
  ASSERT_D(-1.5, w1(-1.5));
  ASSERT_D(-1.0, w2(1.5, 2.5));
  ASSERT_D(5.5, w3(2, 3, 0.5));
  ASSERT_D(0.5, w5(1, 2, 3, 4, 2));
  return 0;
}
