#include "test.h"
#include "shapes.h" /* found through -I include */

int rect_perimeter(const struct rect *r) { return 2 * (r->w + r->h); }

int main(void) {
  struct rect r = {3, 5};
  ASSERT(15, RECT_AREA(r));
  ASSERT(16, rect_perimeter(&r));
  ASSERT(3, shapes_version);
  return 0;
}
