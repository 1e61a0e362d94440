#include <stdio.h>
#include <string.h>

struct bytes {
  unsigned char lo : 3;
  unsigned char hi : 5;
  signed char s : 4;
  unsigned short w : 12;
};

int main(void) {
  struct bytes b;
  memset(&b, 0, sizeof b);
  printf("%zu %zu\n", sizeof b, _Alignof(struct bytes));
  b.lo = 5;
  b.hi = 17;
  b.s = -3;
  b.w = 0xabc;
  unsigned char raw[8];
  memcpy(raw, &b, sizeof b);
  for (size_t i = 0; i < sizeof b; i++)
    printf("%02x", raw[i]);
  printf("\n%u %u %d %x\n", b.lo, b.hi, b.s, b.w);
  printf("%d\n", b.s * b.hi);
  return 0;
}
