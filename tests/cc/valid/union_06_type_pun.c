#include "test.h"

union word {
  unsigned long u64;
  unsigned int u32[2];
  unsigned short u16[4];
  unsigned char u8[8];
};

int main(void) {
  union word w;
  w.u64 = 0x0807060504030201UL;
  ASSERT(1, w.u8[0]);
  ASSERT(8, w.u8[7]);
  ASSERT(0x0201, w.u16[0]);
  ASSERT(0x08070605, w.u32[1]);
  w.u16[2] = 0xffff;
  ASSERT(0x0807ffff04030201UL, (long)w.u64);
  return 0;
}
