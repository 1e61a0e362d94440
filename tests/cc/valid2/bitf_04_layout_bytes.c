#include <stdio.h>
#include <string.h>

struct packed {
  unsigned a : 4;
  unsigned b : 8;
  unsigned c : 12;
  unsigned d : 8;
};
struct straddle {
  unsigned char lo : 6;
  unsigned int mid : 20; /* fits in the int unit after lo */
  unsigned int hi : 10;  /* does not fit: starts the next int unit */
};

static void dump(const void *p, size_t n) {
  const unsigned char *b = p;
  for (size_t i = 0; i < n; i++)
    printf("%02x", b[i]);
  printf("\n");
}

int main(void) {
  struct packed p;
  memset(&p, 0, sizeof p);
  p.a = 0x1;
  p.b = 0x23;
  p.c = 0x456;
  p.d = 0x78;
  dump(&p, sizeof p);
  struct straddle s;
  memset(&s, 0, sizeof s);
  s.lo = 0x3f;
  s.mid = 0xabcde;
  s.hi = 0x155;
  printf("%zu\n", sizeof s);
  dump(&s, sizeof s);
  unsigned char raw[4] = {0xff, 0x00, 0xff, 0x00};
  memcpy(&p, raw, 4);
  printf("%x %x %x %x\n", p.a, p.b, p.c, p.d);
  return 0;
}
