#include "test.h"

int main(void) {
  unsigned a = 4294967295u;
  ASSERT(2147483647, a / 2);
  ASSERT(1, a % 2);
  ASSERT(0, a / a - 1);
  unsigned b = -7;
  ASSERT(613566755, b / 7); /* 4294967289 / 7 */
  ASSERT(4, b % 7);
  unsigned long c = -1UL;
  ASSERT(1, c / 3 == 6148914691236517205UL);
  ASSERT(0, c % 3);
  return 0;
}
