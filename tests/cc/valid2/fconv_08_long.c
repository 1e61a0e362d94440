#include <limits.h>
#include "ftest.h"
#include "test.h"

int main(void) {
  long l = LONG_MAX;
  double d = l;
  ASSERT_D(0x1p63, d);
  l = LONG_MIN;
  d = l;
  ASSERT_D(-0x1p63, d);
  l = d;
  ASSERT(LONG_MIN, l);
  d = 0x1.fffffffffffffp62;
  l = d;
  ASSERT(0x7ffffffffffffc00L, l);
  d = -1e18 - 0.5;
  l = d;
  ASSERT(-1000000000000000000L, l);
  l = 123456789012L;
  float f = l;
  PD(f);
  l = f;
  ASSERT(123456790528L, l);
  l = 9007199254740993L;
  d = l;
  ASSERT_D(9007199254740992.0, d);
  l = 9007199254740995L;
  d = l;
  ASSERT_D(9007199254740996.0, d);
  l = -3.999999;
  ASSERT(-3, l);
  return 0;
}
