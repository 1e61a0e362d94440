#include "ftest.h"
#include "test.h"

static double mix(int a, double b, int c, double d, int e, double f, int g, double h,
                  int i, double j, int k, double l, int m, double n, int o, double p) {
  return a * b + c * d + e * f + g * h + i * j + k * l + m * n + o * p;
}

static long imix(double a, long b, double c, long d, double e, long f, double g, long h) {
  return (long)(a * b) + (long)(c * d) + (long)(e * f) + (long)(g * h);
}

int main(void) {
  ASSERT_D(8.0, mix(1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1));
  ASSERT_D(744.0, mix(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16));
  ASSERT_D(-0.5, mix(0, 9, 0, 9, 0, 9, 0, 9, 0, 9, 0, 9, 0, 9, 1, -0.5));
  ASSERT(50, imix(0.5, 2, 1.5, 4, 2.5, 6, 3.5, 8));
  return 0;
}
