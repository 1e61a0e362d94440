#include <stdio.h>

union reg {
  unsigned int all;
  struct {
    unsigned int enable : 1;
    unsigned int mode : 3;
    unsigned int : 4;
    unsigned int count : 8;
    unsigned int addr : 16;
  } f;
  unsigned char bytes[4];
};

union mixed {
  int : 3; /* unnamed bit-field member of a union */
  unsigned x : 5;
  unsigned y : 12;
};

int main(void) {
  union reg r = {0};
  r.f.enable = 1;
  r.f.mode = 5;
  r.f.count = 0xab;
  r.f.addr = 0x1234;
  printf("%08x\n", r.all);
  printf("%02x %02x %02x %02x\n", r.bytes[0], r.bytes[1], r.bytes[2], r.bytes[3]);
  r.all = 0xdeadbeef;
  printf("%u %u %x %x\n", r.f.enable, r.f.mode, r.f.count, r.f.addr);
  union mixed m;
  m.y = 0xfff;
  printf("%zu %x\n", sizeof m, m.x);
  return 0;
}
