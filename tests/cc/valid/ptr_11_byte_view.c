#include "test.h"

int main(void) {
  unsigned x = 0x11223344;
  unsigned char *b = (unsigned char *)&x;
  ASSERT(0x44, b[0]); /* RISC-V is little-endian */
  ASSERT(0x33, b[1]);
  ASSERT(0x22, b[2]);
  ASSERT(0x11, b[3]);
  b[0] = 0xff;
  ASSERT(0x112233ff, x);
  long l = -1;
  unsigned char *lb = (unsigned char *)&l; /* char types may alias anything */
  lb[2] = lb[3] = 0;
  ASSERT(-4294901761L, l); /* 0xffffffff0000ffff */
  return 0;
}
