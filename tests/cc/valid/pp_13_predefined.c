#include "test.h"

int main(void) {
  ASSERT(1, __STDC__);
  ASSERT(201710L, __STDC_VERSION__);
  ASSERT(1, __STDC_HOSTED__);
  ASSERT(7, __LINE__);
  ASSERT(1, __riscv);
  ASSERT(64, __riscv_xlen);
  ASSERT(1, __LP64__);
  ASSERT(1, __CHAR_UNSIGNED__);
  ASSERT(8, __SIZEOF_LONG__);
  ASSERT(8, __SIZEOF_POINTER__);
  ASSERT(4, __SIZEOF_INT__);
  ASSERT(2147483647, __INT_MAX__);
  ASSERT(9223372036854775807L, __LONG_MAX__);
  ASSERT('c', __FILE__[sizeof(__FILE__) - 2]);
  return 0;
}
