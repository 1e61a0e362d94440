#include "test.h"

struct pt {
  int x, y;
};

static void move(struct pt *p, int dx) { p->x += dx; }

int main(void) {
  struct pt *p = &(struct pt){1, 2};
  move(p, 5);
  ASSERT(6, p->x);
  ((struct pt){3, 4}).x = 10; /* a compound literal is an lvalue */
  ASSERT(3, ((struct pt){3, 4}).x);
  int *ip = (int[]){0, 0, 0};
  ip[2] = 9;
  ASSERT(9, ip[2]);
  ASSERT(4, ++(int){3});
  ASSERT(2, sizeof((struct pt){0}) / sizeof(int));
  struct pt q = (struct pt){(struct pt){7, 8}.y, (struct pt){7, 8}.x};
  ASSERT(8, q.x);
  ASSERT(7, q.y);
  return 0;
}
