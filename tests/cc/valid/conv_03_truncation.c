#include "test.h"

int main(void) {
  long big = 0x123456789abcdefL;
  int i = (int)big;
  short s = (short)big;
  unsigned char c = (unsigned char)big;
  ASSERT(0x89abcdef - 0x100000000LL, i);
  ASSERT(-12817, s); /* 0xcdef */
  ASSERT(0xef, c);
  ASSERT(0xcdef, (unsigned short)big);
  ASSERT(-17, (signed char)big);
  return 0;
}
