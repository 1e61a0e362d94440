#include "ftest.h"
#include "test.h"

int main(void) {
  double d = 0.1;
  float f = d;
  PD(f);
  PD((double)f - d);
  volatile double v = 1.0 + 0x1p-24; /* halfway between two floats: ties to even */
  f = v;
  ASSERT_D(1.0, f);
  v = 1.0 + 0x1.8p-23; /* between 1+2^-23 and 1+2^-22, nearer the upper */
  f = v;
  ASSERT_D(1.0 + 0x1p-22, f);
  v = 1.0 + 3 * 0x1p-24; /* halfway, odd below: rounds up */
  f = v;
  ASSERT_D(1.0 + 0x1p-22, f);
  v = 1.0 + 0x1p-24 + 0x1p-40; /* just above halfway */
  f = v;
  ASSERT_D(1.0 + 0x1p-23, f);
  v = -(1.0 + 0x1p-24 + 0x1p-40);
  f = v;
  ASSERT_D(-(1.0 + 0x1p-23), f);
  v = 3.4028235677973366e38; /* above FLT_MAX, rounds to FLT_MAX */
  f = v;
  PD(f);
  float a = 16777216.0f, b = 1.0f;
  float s = a + b;
  ASSERT_D(16777216.0, s);
  double ds = (double)a + b;
  ASSERT_D(16777217.0, ds);
  float g = 1.1f;
  double gd = g;
  PD(gd);
  ASSERT(1, gd != 1.1);
  ASSERT(1, (float)gd == g);
  return 0;
}
