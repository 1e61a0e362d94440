#include "test.h"

#if 0xffffffffffffffff != -1
#error unsigned arithmetic in #if
#endif
#if 9223372036854775807 + 0 < 0
#error #if uses intmax_t
#endif
#if (2 > 1) + (1 > 2) != 1
#error comparisons are 0 or 1
#endif
#if ~0 != -1 || (7 & 3) != 3 || (4 | 1) != 5 || (6 ^ 3) != 5
#error bit operations in #if
#endif
#if !defined(__STDC_VERSION__) || __STDC_VERSION__ < 201112L
#error C11 or later expected
#endif

int main(void) {
#if __SIZEOF_LONG__ == 8 && __SIZEOF_INT__ == 4
  ASSERT(1, sizeof(long) == 8);
#endif
#if defined(__CHAR_UNSIGNED__)
  ASSERT(1, (char)-1 > 0);
#endif
  ASSERT(1, 1);
  return 0;
}
