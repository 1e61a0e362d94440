#include "test.h"

struct point {
  const int x;
  const int y;
};

struct holder {
  const char *const label;
  int count;
};

int main(void) {
  struct point p = {3, 4};
  ASSERT(7, p.x + p.y);
  struct holder h = {"name", 0};
  h.count++;
  ASSERT(1, h.count);
  ASSERT('n', h.label[0]);
  const struct point *pp = &p;
  ASSERT(3, pp->x);
  return 0;
}
