#include "test.h"

struct b;

struct a {
  int v;
  struct b *other;
};

struct b {
  int w;
  struct a *other;
};

int main(void) {
  struct a x;
  struct b y;
  x.v = 1;
  y.w = 2;
  x.other = &y;
  y.other = &x;
  ASSERT(2, x.other->w);
  ASSERT(1, x.other->other->v);
  ASSERT(1, x.other->other->other->other->v);
  return 0;
}
