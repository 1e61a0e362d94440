#include "test.h"

int main(void) {
  unsigned long x = 1;
  for (int i = 0; i < 63; i++)
    x <<= 1;
  ASSERT(1, x == 0x8000000000000000UL);
  x >>= 60;
  ASSERT(8, x);
  long y = 3;
  y <<= 40;
  ASSERT(3298534883328L, y);
  int s = 3;
  long z = 1L << s << s;
  ASSERT(64, z);
  return 0;
}
