#include "test.h"

struct point { int x, y; };
struct line { struct point a, b; };

int main(void) {
  struct line l = {.b.y = 4, .a = {1, 2}, .b.x = 3};
  ASSERT(1, l.a.x);
  ASSERT(2, l.a.y);
  ASSERT(3, l.b.x);
  ASSERT(4, l.b.y);
  struct point pts[3] = {[1].y = 5, [2] = {.x = 6}};
  ASSERT(0, pts[0].x);
  ASSERT(5, pts[1].y);
  ASSERT(6, pts[2].x);
  int grid[3][3] = {[1][1] = 1, [2] = {7, 8}};
  ASSERT(1, grid[1][1]);
  ASSERT(8, grid[2][1]);
  ASSERT(0, grid[0][2]);
  return 0;
}
