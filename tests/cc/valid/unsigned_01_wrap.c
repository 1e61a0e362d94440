#include "test.h"

int main(void) {
  unsigned a = 0;
  a = a - 1;
  ASSERT(4294967295u, a);
  a = a + 2;
  ASSERT(1, a);
  unsigned b = 4000000000u;
  ASSERT(3705032704u, b * 2);
  unsigned char c = 250;
  c += 10;
  ASSERT(4, c);
  unsigned short s = 0;
  s--;
  ASSERT(65535, s);
  unsigned long ul = 0;
  ul--;
  ASSERT(1, ul == 18446744073709551615UL);
  return 0;
}
