#include "test.h"

struct pixel {
  unsigned r : 5;
  unsigned g : 6;
  unsigned b : 5;
};

static struct pixel brighten(struct pixel p) {
  p.r = p.r < 31 ? p.r + 1 : 31;
  p.g = p.g < 63 ? p.g + 1 : 63;
  p.b = p.b < 31 ? p.b + 1 : 31;
  return p;
}
static unsigned pack(struct pixel p) { return p.r << 11 | p.g << 5 | p.b; }

int main(void) {
  ASSERT(4, sizeof(struct pixel));
  struct pixel img[3] = {{31, 0, 0}, {0, 63, 0}, {10, 20, 30}};
  ASSERT(0xf800, pack(img[0]));
  ASSERT(0x07e0, pack(img[1]));
  struct pixel b = brighten(brighten(img[2]));
  ASSERT(12, b.r);
  ASSERT(22, b.g);
  ASSERT(31, b.b);
  ASSERT(10, img[2].r);
  ASSERT(0xffff, pack(brighten((struct pixel){31, 63, 31})));
  return 0;
}
