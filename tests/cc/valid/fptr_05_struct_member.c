#include "test.h"

struct shape {
  int w, h;
  int (*area)(const struct shape *);
  int (*perimeter)(const struct shape *);
};

int rect_area(const struct shape *s) { return s->w * s->h; }
int rect_perim(const struct shape *s) { return 2 * (s->w + s->h); }
int tri_area(const struct shape *s) { return s->w * s->h / 2; }

int main(void) {
  struct shape r = {3, 4, rect_area, rect_perim};
  struct shape t = {6, 5, tri_area, 0};
  ASSERT(12, r.area(&r));
  ASSERT(14, r.perimeter(&r));
  ASSERT(15, t.area(&t));
  ASSERT(1, t.perimeter == 0);
  struct shape *p = &t;
  ASSERT(15, p->area(p));
  ASSERT(15, (*p->area)(p));
  return 0;
}
