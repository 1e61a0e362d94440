#include "ftest.h"
#include "test.h"

int main(void) {
  double a, b, c;
  a = b = c = 1.5;
  ASSERT_D(4.5, a + b + c);
  float f;
  double d;
  d = f = 0.1; /* d gets the float value */
  PD(d);
  int i;
  d = i = 2.75;
  ASSERT_D(2.0, d);
  ASSERT(2, i);
  double x = (a = 2.0, b = 3.0, a * b);
  ASSERT_D(6.0, x);
  double y = (x += 1.0) * 2;
  ASSERT_D(14.0, y);
  ASSERT_D(7.0, x);
  double z = 0;
  z += (x = 2.5);
  z *= y -= 4;
  PD(z);
  return 0;
}
