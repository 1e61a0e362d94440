#include "ftest.h"
#include "test.h"

int main(void) {
  double a = 3.0, b = 4.0;
  ASSERT_D(12.0, a * b);
  ASSERT_D(0.75, a / b);
  PD(1.0 / a);
  PD(2.0 / a);
  double third = 1.0 / 3.0;
  PD(third * 3.0);
  ASSERT(1, third * 3.0 == 1.0);
  float x = 1.0f / 3.0f;
  PD(x);
  PD(x * 3.0f);
  double y = 10.0;
  y = y / 4.0 * 8.0;
  ASSERT_D(20.0, y);
  double z = -7.5;
  ASSERT_D(-2.5, z / 3);
  ASSERT_D(56.25, z * z);
  return 0;
}
