#include "test.h"

#pragma GCC diagnostic ignored "-Wparentheses"

int main(void) {
  ASSERT(1, 1 | 2 & 0);      /* & binds tighter than | */
  ASSERT(3, (1 | 2) & 3);
  ASSERT(7, 1 ^ 2 | 4);
  ASSERT(6, 2 | 4 ^ 0);
  ASSERT(2, 6 & 3 ^ 0);
  ASSERT(1, 5 & 1 == 1);     /* == binds tighter than & */
  ASSERT(16, 1 << 2 + 2);    /* + binds tighter than << */
  ASSERT(12, 3 << 2 | 0);
  ASSERT(1, 1 < 2 == 1);
  ASSERT(1, 8 >> 1 > 3);
  ASSERT(0, 1 & 2 | 0 & 4);
  return 0;
}
