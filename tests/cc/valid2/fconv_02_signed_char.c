#include "ftest.h"
#include "test.h"

int main(void) {
  signed char sc = -128;
  ASSERT_D(-128.0, sc);
  sc = 127;
  ASSERT_D(127.0, (double)sc);
  float f = sc;
  ASSERT_D(127.0, f);
  sc = -127.99;
  ASSERT(-127, sc);
  sc = (signed char)-5.5f;
  ASSERT(-5, sc);
  double d = -128.5;
  sc = d;
  ASSERT(-128, sc);
  sc = -0.99;
  ASSERT(0, sc);
  signed char arr[3] = {-1, -2, -3};
  double t = 0;
  for (int i = 0; i < 3; i++)
    t += arr[i] * 0.5;
  ASSERT_D(-3.0, t);
  return 0;
}
