#include "test.h"

int main(void) {
  /* decimal without suffix: int, long, long long (never unsigned) */
  ASSERT(4, sizeof(2147483647));
  ASSERT(8, sizeof(2147483648));
  ASSERT(0, -2147483648 > 0);
  /* hex and octal may be unsigned int */
  ASSERT(4, sizeof(0x7fffffff));
  ASSERT(4, sizeof(0xffffffff));
  ASSERT(1, -0xffffffff > 0 || 1);
  ASSERT(1, 0xffffffff > 0);
  ASSERT(8, sizeof(0x100000000));
  ASSERT(8, sizeof(0xffffffffffffffff));
  ASSERT(1, 0xffffffffffffffff > 0);
  ASSERT(4, sizeof(037777777777));
  ASSERT(8, sizeof(4294967295u + 0L));
  return 0;
}
