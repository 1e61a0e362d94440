#include "test.h"

#if 0 /* names the dependency for tests/oracle.py, which does not expand macros */
#include "shapes.h"
#endif
#define HEADER "shapes.h"
#include HEADER

#define STD_HEADER <stddef.h>
#include STD_HEADER

int rect_perimeter(const struct rect *r) { return r->w + r->w + r->h + r->h; }

int main(void) {
  struct rect r = {1, 6};
  ASSERT(14, rect_perimeter(&r));
  ASSERT(4, offsetof(struct rect, h));
  ASSERT(3, shapes_version);
  return 0;
}
