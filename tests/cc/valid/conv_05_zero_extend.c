#include "test.h"

int main(void) {
  unsigned int u = 0xffffffffu;
  long l = u;
  ASSERT(4294967295L, l);
  unsigned short us = 0x8000;
  int i = us;
  ASSERT(32768, i);
  unsigned char uc = 0x80;
  long k = uc;
  ASSERT(128, k);
  unsigned long ul = u;
  ASSERT(4294967295L, (long)ul);
  return 0;
}
