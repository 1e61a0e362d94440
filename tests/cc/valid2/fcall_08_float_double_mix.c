#include "ftest.h"

static double fd(float a, double b, float c, double d, float e, double f) {
  return a * 1 + b * 10 + c * 100 + d * 1000 + e * 10000 + f * 100000;
}
static float df(double a, float b) { return (float)a - b; }

int main(void) {
  ASSERT_D(654321.0, fd(1, 2, 3, 4, 5, 6));
  PD(fd(0.1f, 0.1, 0.1f, 0.1, 0.1f, 0.1));
  PD(df(0.1, 0.1f));
  PD(df(1e40, 1.0f));
  PD(fd(df(1, 0.5f), df(2, 0.5f), 0, 0, 0, 0));
  return 0;
}
