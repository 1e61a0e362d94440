#include "test.h"

typedef struct point {
  int x, y;
} point;

typedef struct {
  point min, max;
} rect;

typedef struct node node;
struct node {
  int v;
  node *next;
};

int area(const rect *r) { return (r->max.x - r->min.x) * (r->max.y - r->min.y); }

int main(void) {
  rect r = {{1, 2}, {4, 6}};
  ASSERT(12, area(&r));
  point p = {3, 3};
  struct point q = p;
  ASSERT(6, q.x + q.y);
  node b = {2, 0}, a = {1, &b};
  ASSERT(3, a.v + a.next->v);
  return 0;
}
