#include <limits.h>
#include "ftest.h"
#include "test.h"

int main(void) {
  double lm = (double)LONG_MAX;
  PD(lm);
  ASSERT_D(0x1p63, lm);
  ASSERT(1, lm == 9223372036854775808.0);
  double um = (double)ULONG_MAX;
  ASSERT_D(0x1p64, um);
  ASSERT(1, (double)INT_MAX == 2147483647.0);
  ASSERT(1, (float)INT_MAX == 2147483648.0f);
  ASSERT(1, (double)LONG_MIN == -0x1p63);
  long big = 1L << 62;
  double db = big;
  ASSERT(1, (long)db == big);
  double nearmax = 0x1.fffffffffffffp62;
  long nm = (long)nearmax;
  ASSERT(9223372036854774784L, nm);
  ASSERT(1, 1e18 < LONG_MAX);
  ASSERT(1, 1e19 > LONG_MAX);
  ASSERT(1, -1e19 < LONG_MIN);
  return 0;
}
