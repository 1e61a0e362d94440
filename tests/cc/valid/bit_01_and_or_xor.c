#include "test.h"

int main(void) {
  ASSERT(0, 0 & 1);
  ASSERT(1, 3 & 1);
  ASSERT(3, 7 & 3);
  ASSERT(10, -1 & 10);
  ASSERT(1, 0 | 1);
  ASSERT(0x1f, 0x10 | 0x0f);
  ASSERT(0, 0 ^ 0);
  ASSERT(0, 0xf ^ 0xf);
  ASSERT(0x5a, 0xff ^ 0xa5);
  ASSERT(-1, ~0 | 5);
  ASSERT(6, 5 ^ 3);
  return 0;
}
