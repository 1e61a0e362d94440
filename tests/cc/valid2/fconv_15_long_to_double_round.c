#include "ftest.h"
#include "test.h"

static double ltod(long l) { return l; }
static double ultod(unsigned long u) { return u; }

int main(void) {
  ASSERT_D(0x1p53, ltod((1L << 53) + 1));
  ASSERT_D(0x1p53 + 4, ltod((1L << 53) + 3));
  ASSERT_D(0x1p53 + 4, ltod((1L << 53) + 5));
  ASSERT_D(0x1p53 + 8, ltod((1L << 53) + 7));
  ASSERT_D(-0x1p53 - 4, ltod(-(1L << 53) - 3));
  ASSERT_D(0x1p62, ltod((1L << 62) + 511));
  ASSERT_D(0x1p62, ltod((1L << 62) + 512));
  ASSERT_D(0x1p62 + 1024, ltod((1L << 62) + 513));
  ASSERT_D(0x1p64, ultod(0xfffffffffffffc00UL));
  ASSERT_D(0x1.fffffffffffffp63, ultod(0xfffffffffffff800UL));
  ASSERT_D(0x1.fffffffffffffp63, ultod(0xfffffffffffffbffUL));
  ASSERT_D(0x1p63, ultod(0x8000000000000400UL));
  ASSERT_D(0x1.0000000000001p63, ultod(0x8000000000000401UL));
  ASSERT_D(0x1.0000000000002p63, ultod(0x8000000000000c00UL));
  return 0;
}
