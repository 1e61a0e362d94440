#include "test.h"

int main(void) {
  unsigned x = 0xf0;
  x |= 0x0f;
  ASSERT(0xff, x);
  x &= 0x3c;
  ASSERT(0x3c, x);
  x ^= 0xff;
  ASSERT(0xc3, x);
  x <<= 4;
  ASSERT(0xc30, x);
  x >>= 2;
  ASSERT(0x30c, x);
  long y = -64;
  y >>= 3;
  ASSERT(-8, y);
  y = -y; /* left shifts of negative values are undefined */
  y <<= 1;
  ASSERT(16, y);
  return 0;
}
