#include "ftest.h"

/* more doubles than fa0-fa7: the rest go in integer registers */
static double d9(double a, double b, double c, double d, double e, double f, double g,
                 double h, double i) {
  return a + b + c + d + e + f + g + h + i * 100;
}
static double d12(double a, double b, double c, double d, double e, double f, double g,
                  double h, double i, double j, double k, double l) {
  return a + b + c + d + e + f + g + h + i * 100 + j * 1000 + k * 10000 + l * 100000;
}
static float f10(float a, float b, float c, float d, float e, float f, float g, float h,
                 float i, float j) {
  return (a + b + c + d + e + f + g + h) * i - j;
}

int main(void) {
  ASSERT_D(908.0, d9(1, 1, 1, 1, 1, 1, 1, 1, 9));
  ASSERT_D(654308.0, d12(1, 1, 1, 1, 1, 1, 1, 1, 3, 4, 5, 6));
  ASSERT_D(0.5 + 1234500.0, d12(0.5, 0, 0, 0, 0, 0, 0, 0, 0, 1.5, 123.3, 0));
  ASSERT_D(71.5, f10(1, 2, 3, 4, 5, 6, 7, 8, 2, 0.5f));
  return 0;
}
