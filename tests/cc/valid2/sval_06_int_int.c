#include "test.h"

struct pt {
  int x, y;
};

static struct pt add(struct pt a, struct pt b) {
  struct pt r = {a.x + b.x, a.y + b.y};
  return r;
}
static struct pt rot90(struct pt p) {
  int t = p.x;
  p.x = -p.y;
  p.y = t;
  return p;
}
static long cross(struct pt a, struct pt b) { return (long)a.x * b.y - (long)a.y * b.x; }

int main(void) {
  ASSERT(8, sizeof(struct pt));
  struct pt a = {3, 4}, b = {-1, 2};
  struct pt c = add(a, b);
  ASSERT(2, c.x);
  ASSERT(6, c.y);
  struct pt r = rot90(rot90(a));
  ASSERT(-3, r.x);
  ASSERT(-4, r.y);
  ASSERT(10, cross(a, b));
  ASSERT(-10, cross(b, a));
  ASSERT(0, cross(a, rot90(rot90(a))));
  ASSERT(25, cross(a, rot90(a)));
  return 0;
}
