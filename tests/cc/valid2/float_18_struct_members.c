#include <stddef.h>
#include "ftest.h"
#include "test.h"

struct point {
  float x, y;
};
struct body {
  char tag;
  double mass;
  struct point pos;
  int id;
  float scale;
};

int main(void) {
  ASSERT(8, sizeof(struct point));
  ASSERT(32, sizeof(struct body));
  ASSERT(8, offsetof(struct body, mass));
  ASSERT(16, offsetof(struct body, pos));
  ASSERT(24, offsetof(struct body, id));
  ASSERT(28, offsetof(struct body, scale));
  struct body b = {'b', 2.5, {1.0f, -1.0f}, 7, 0.5f};
  b.mass *= 2;
  b.pos.x += b.scale;
  ASSERT_D(5.0, b.mass);
  ASSERT_D(1.5, b.pos.x);
  ASSERT_D(-1.0, b.pos.y);
  struct body *p = &b;
  p->pos.y = p->mass * p->scale;
  ASSERT_D(2.5, b.pos.y);
  struct point pts[3] = {{1, 2}, {3, 4}, {5, 6}};
  float sx = 0, sy = 0;
  for (int i = 0; i < 3; i++) {
    sx += pts[i].x;
    sy += pts[i].y;
  }
  ASSERT_D(9.0, sx);
  ASSERT_D(12.0, sy);
  ASSERT(7, b.id);
  ASSERT('b', b.tag);
  return 0;
}
