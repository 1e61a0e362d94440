#include "ftest.h"
#include "test.h"

int main(void) {
  double d[6] = {[3] = 3.5, [1] = 1.5, [5] = -0.0};
  ASSERT_D(0.0, d[0]);
  ASSERT_D(1.5, d[1]);
  ASSERT_D(3.5, d[3]);
  PD(d[5]);
  float f[] = {[4] = 4.0f, 1.0f, [1] = 0.5f, 2.0f};
  ASSERT(6, sizeof f / sizeof f[0]);
  ASSERT_D(0.5, f[1]);
  ASSERT_D(2.0, f[2]);
  ASSERT_D(4.0, f[4]);
  ASSERT_D(1.0, f[5]);
  int overridden[3] = {1, 2, 3, [0] = 10};
  ASSERT(10, overridden[0]);
  ASSERT(2, overridden[1]);
  static const double lut[8] = {[0] = 1, [7] = 128, [3] = 8};
  ASSERT_D(137.0, lut[0] + lut[3] + lut[7]);
  return 0;
}
