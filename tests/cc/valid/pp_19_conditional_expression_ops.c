#include "test.h"

#if (1 << 4) != 16 || (-1 >> 1) != -1
#error shifts in #if
#endif
#if 0x10 + 010 - 24 != 0
#error literal bases in #if
#endif
#if 0u - 1 > 0
#define UNSIGNED_PROMOTION 1
#else
#define UNSIGNED_PROMOTION 0
#endif
#if 'A' != 65
#error character constants in #if
#endif
#if (2 || 1 / 0) != 1
#error short circuit
#endif
#if 10 % 3 * 4 / 2 != 2
#error arithmetic
#endif

int main(void) {
  ASSERT(1, UNSIGNED_PROMOTION); /* #if arithmetic is in uintmax_t */
  return 0;
}
