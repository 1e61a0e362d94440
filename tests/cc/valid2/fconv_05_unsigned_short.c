#include "ftest.h"
#include "test.h"

int main(void) {
  unsigned short us = 65535;
  ASSERT_D(65535.0, us);
  float f = us;
  ASSERT_D(65535.0, f);
  us = 65535.75;
  ASSERT(65535, us);
  us = 40000.5f;
  ASSERT(40000, us);
  us = -0.5;
  ASSERT(0, us);
  double d = 1.0 * us + 32768;
  ASSERT_D(32768.0, d);
  us = d * 2 - 1;
  ASSERT(65535, us);
  return 0;
}
