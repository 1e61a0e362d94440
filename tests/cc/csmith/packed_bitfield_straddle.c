/* A packed bit-field whose bits run past one unit of its type counted from the
 * byte where it starts: f2 (unsigned char : 8) takes bits 9..16, two bytes.
 * gcc reads and writes both bytes; groundup cc's lowering reached a bit-field
 * through a single unit of its declared type (here one byte) and lost bit 16
 * (csmith's packed structs with bit-fields, --packed-struct).  It now goes
 * through the smallest power-of-two unit that holds the bits (Member.unit_size):
 * also in static initializers, signed and unsigned, and a long : 60 over 8 bytes. */
#include <stdio.h>
#include <string.h>

#pragma pack(1)
struct S { char f0; int f1 : 1; unsigned char f2 : 8; int f3 : 30; };
struct L { unsigned char a : 3; long b : 60; unsigned short c : 15; char d; };
#pragma pack()

static struct S g = {1, -1, 0xab, -123456};
static struct L gl[2] = {{5, -1234567890123L, 0x7abc, 9}, {2, 3, 4, 5}};

static void dump(const void *p, size_t n) {
  for (size_t i = 0; i < n; i++)
    printf("%02x", ((const unsigned char *)p)[i]);
  printf("\n");
}

int main(void) {
  struct S s;
  memset(&s, 0, sizeof s);
  s.f2 = 0xff;
  s.f3 = -1;
  dump(&s, sizeof s);
  s.f2 = 0x81;
  s.f3 = 0x12345678 >> 3;
  printf(" %d %d %zu\n", s.f2, s.f3, sizeof s);
  dump(&g, sizeof g);
  printf("%d %d %d %d\n", g.f0, g.f1, g.f2, g.f3);
  g.f3 += 1000;
  g.f2++;
  printf("%d %d\n", g.f2, g.f3);
  dump(gl, sizeof gl);
  printf("%u %ld %u %d %zu\n", gl[0].a, (long)gl[0].b, gl[0].c, gl[0].d, sizeof gl);
  gl[1].b = gl[0].b * 3;
  gl[1].c = (unsigned short)(gl[0].c + 1);
  printf("%ld %u %d\n", (long)gl[1].b, gl[1].c, gl[1].d);
  dump(gl, sizeof gl);
  return 0;
}
