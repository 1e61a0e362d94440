#include "test.h"

int main(void) {
  int i = 2;
  ASSERT(7, i += 5);
  ASSERT(7, i);
  ASSERT(5, i -= 2);
  ASSERT(15, i *= 3);
  ASSERT(5, i /= 3);
  ASSERT(2, i %= 3);
  ASSERT(8, i <<= 2);
  ASSERT(4, i >>= 1);
  ASSERT(6, i |= 2);
  ASSERT(2, i &= 3);
  ASSERT(1, i ^= 3);
  long l = 10;
  l *= -3;
  ASSERT(-30, l);
  char c = 250;
  c += 10; /* computed in int, stored back as char */
  ASSERT(4, c);
  return 0;
}
