#include "test.h"

int main(void) {
  int i = 10;
  i += 5000000000L; /* computed in long, converted back to int */
  ASSERT(705032714, i);
  char c = 100;
  c *= 3; /* 300 -> 44 */
  ASSERT(44, c);
  unsigned u = 5;
  u -= 10;
  ASSERT(4294967291u, u);
  short s = -1;
  s >>= 1;
  ASSERT(-1, s);
  unsigned char b = 0x81;
  b <<= 1;
  ASSERT(2, b);
  long l = 7;
  l /= 2u;
  ASSERT(3, l);
  int neg = -7;
  neg %= 4u; /* -7 converts to unsigned: 4294967289 % 4 == 1 */
  ASSERT(1, neg);
  return 0;
}
