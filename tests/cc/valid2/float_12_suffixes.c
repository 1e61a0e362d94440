#include "ftest.h"
#include "test.h"

int main(void) {
  ASSERT(4, sizeof 1.0f);
  ASSERT(4, sizeof 1.0F);
  ASSERT(8, sizeof 1.0);
  ASSERT(16, sizeof 1.0l);
  ASSERT(16, sizeof 1.0L);
  ASSERT(4, sizeof .5f);
  ASSERT(8, sizeof 1e3);
  ASSERT(4, sizeof 1e3f);
  ASSERT(8, sizeof 5.);
  ASSERT_D(1000.0, 1e3);
  ASSERT_D(0.001, 1e-3);
  ASSERT_D(1500.0, 1.5E3);
  ASSERT_D(0.5, .5);
  ASSERT_D(5.0, 5.);
  ASSERT_D(0.25, 25e-2);
  ASSERT_D(123.0, 1.23e+2);
  PD(0.1f);
  PD(0.1);
  PD((double)0.1L);
  PD(3.14159265358979323846f);
  PD(3.14159265358979323846);
  ASSERT(1, 0.1f != 0.1);
  ASSERT(1, (float)0.1 == 0.1f);
  PD(1e-320);
  PD(123456789012345678901234567890.0);
  return 0;
}
