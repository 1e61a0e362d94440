#include "test.h"

struct rgb { unsigned char r, g, b, a; };

union color {
  struct rgb c;
  unsigned int packed;
};

struct pixel {
  int x, y;
  union color col;
};

int main(void) {
  struct pixel p = {1, 2, {{0x11, 0x22, 0x33, 0x44}}};
  ASSERT(0x44332211, p.col.packed);
  p.col.packed = 0xff000000;
  ASSERT(0, p.col.c.r);
  ASSERT(0xff, p.col.c.a);
  ASSERT(12, sizeof p);
  union color arr[2] = {{{1, 2, 3, 4}}, {.packed = 7}};
  ASSERT(7, arr[1].c.r);
  return 0;
}
