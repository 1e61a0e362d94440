#include "test.h"

void fill(void *dst, int byte, unsigned long n) {
  unsigned char *d = dst;
  while (n--)
    *d++ = (unsigned char)byte;
}

int main(void) {
  int a[3] = {0, 0, 0};
  fill(a, 0x01, sizeof a);
  ASSERT(0x01010101, a[1]);
  void *v = a;
  int *ip = v;
  ASSERT(0x01010101, *ip);
  long x = 0;
  v = &x;
  fill(v, 0xff, 2);
  ASSERT(0xffff, x);
  ASSERT(1, (void *)a == (void *)&a[0]);
  return 0;
}
