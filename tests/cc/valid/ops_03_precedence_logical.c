#include "test.h"

#pragma GCC diagnostic ignored "-Wparentheses"

int main(void) {
  ASSERT(1, 1 || 0 && 0);     /* && binds tighter than || */
  ASSERT(0, (1 || 0) && 0);
  ASSERT(1, 0 && 0 || 1);
  ASSERT(1, !0 && 1);
  ASSERT(0, !(0 || 1));
  ASSERT(1, 1 | 0 && 2);
  ASSERT(1, 3 > 2 && 2 > 1);
  ASSERT(2, 0 || 0 ? 1 : 2);
  ASSERT(1, 1 ? 1 : 0 || 5);
  return 0;
}
