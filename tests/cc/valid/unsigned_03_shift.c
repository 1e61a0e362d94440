#include "test.h"

int main(void) {
  unsigned a = 0x80000000u;
  ASSERT(0x40000000, a >> 1);
  ASSERT(1, a >> 31);
  int b = -2147483647 - 1;
  ASSERT(-1, b >> 31); /* arithmetic on gcc/RISC-V */
  ASSERT(-1073741824, b >> 1);
  unsigned long c = 1UL << 63;
  ASSERT(1, c >> 63);
  long d = -8;
  ASSERT(-2, d >> 2);
  ASSERT(0x3fffffffffffffffL, (unsigned long)-1 >> 2);
  return 0;
}
