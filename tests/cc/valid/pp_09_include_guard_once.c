#include "test.h"
#include "include/shapes.h"
#include "include/shapes.h"
#include "once.h"
#include "include/once.h"
#include "once.h"

int main(void) {
  struct rect r = {2, 2};
  struct once_t o = {ONCE_MAGIC};
  ASSERT(4, RECT_AREA(r));
  ASSERT(77, o.value);
  ASSERT(3, shapes_version);
  return 0;
}
