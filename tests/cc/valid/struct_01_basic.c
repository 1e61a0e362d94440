#include "test.h"

struct point {
  int x;
  int y;
};

int main(void) {
  struct point p;
  p.x = 3;
  p.y = 4;
  ASSERT(3, p.x);
  ASSERT(4, p.y);
  ASSERT(8, sizeof(p));
  ASSERT(8, sizeof(struct point));
  struct point q = {5, 6};
  ASSERT(11, q.x + q.y);
  struct point *pp = &q;
  pp->x = 50;
  ASSERT(50, q.x);
  ASSERT(6, (*pp).y);
  return 0;
}
