#include "test.h"

struct rect {
  int x, y, w, h;
};

static int area(struct rect r) { return r.w * r.h; }
static struct rect grow(struct rect r, int by) {
  return (struct rect){r.x - by, r.y - by, r.w + 2 * by, r.h + 2 * by};
}
static int contains(struct rect r, int px, int py) {
  return px >= r.x && px < r.x + r.w && py >= r.y && py < r.y + r.h;
}

int main(void) {
  ASSERT(12, area((struct rect){0, 0, 3, 4}));
  ASSERT(30, area(grow((struct rect){0, 0, 3, 4}, 1)));
  ASSERT(20, area((struct rect){.w = 5, .h = 4}));
  ASSERT(1, contains((struct rect){.x = 10, .y = 10, .w = 2, .h = 2}, 11, 11));
  ASSERT(0, contains((struct rect){.x = 10, .y = 10, .w = 2, .h = 2}, 12, 11));
  struct rect r = grow((struct rect){.w = 1, .h = 1}, 2);
  ASSERT(-2, r.x);
  ASSERT(5, r.h);
  return 0;
}
