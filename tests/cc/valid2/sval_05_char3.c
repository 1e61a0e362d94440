#include "test.h"

struct rgb {
  unsigned char r, g, b;
};

static struct rgb invert(struct rgb c) {
  struct rgb o = {(unsigned char)(255 - c.r), (unsigned char)(255 - c.g),
                  (unsigned char)(255 - c.b)};
  return o;
}
static int gray(struct rgb c) { return (c.r * 30 + c.g * 59 + c.b * 11) / 100; }
static struct rgb mix(struct rgb a, struct rgb b) {
  a.r = (a.r + b.r) / 2;
  a.g = (a.g + b.g) / 2;
  a.b = (a.b + b.b) / 2;
  return a;
}

int main(void) {
  ASSERT(3, sizeof(struct rgb));
  struct rgb red = {255, 0, 0}, teal = {0, 128, 128};
  struct rgb c = invert(red);
  ASSERT(0, c.r);
  ASSERT(255, c.g);
  ASSERT(255, c.b);
  ASSERT(76, gray(red));
  ASSERT(89, gray(teal));
  struct rgb m = mix(red, teal);
  ASSERT(127, m.r);
  ASSERT(64, m.g);
  ASSERT(64, m.b);
  ASSERT(191, invert(mix(red, teal)).b);
  ASSERT(255, red.r);
  return 0;
}
