#include "ftest.h"
#include "test.h"

static float ultof(unsigned long u) { return u; }
static float ltof(long l) { return l; }

int main(void) {
  ASSERT_D(0x1p64, ultof(0xffffffffffffffffUL));
  ASSERT_D(0x1p64, ultof(0xffffff8000000000UL));
  ASSERT_D(0x1.fffffep63, ultof(0xffffff7fffffffffUL));
  ASSERT_D(0x1p63, ultof(0x8000008000000000UL));
  ASSERT_D(0x1.000002p63, ultof(0x8000008000000001UL));
  ASSERT_D(0x1.000004p63, ultof(0x8000018000000000UL));
  ASSERT_D(0x1p63, ltof(0x7fffffffffffffffL));
  ASSERT_D(-0x1p63, ltof(-0x7fffffffffffffffL - 1));
  ASSERT_D(0x1p40, ltof((1L << 40) + (1L << 16)));
  ASSERT_D(0x1.000002p40, ltof((1L << 40) + (1L << 16) + 1));
  ASSERT_D(12345.0, ultof(12345));
  return 0;
}
