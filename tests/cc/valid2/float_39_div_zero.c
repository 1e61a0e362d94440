#include <math.h>
#include "ftest.h"
#include "test.h"

static double divide(double a, double b) { return a / b; }

int main(void) {
  PD(divide(1.0, 0.0));
  PD(divide(-1.0, 0.0));
  PD(divide(1.0, -0.0));
  PD(divide(-1.0, -0.0));
  ASSERT(1, isnan(divide(0.0, 0.0)));
  ASSERT(1, isinf(divide(5.0, 0.0)));
  ASSERT(1, divide(5.0, 0.0) > 0);
  ASSERT(1, divide(5.0, -0.0) < 0);
  float z = 0.0f;
  volatile float one = 1.0f;
  ASSERT(1, isinf(one / z));
  ASSERT_D(0.0, 1.0 / divide(1.0, 0.0));
  return 0;
}
