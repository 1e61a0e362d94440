#include "test.h"
#include "nested_outer.h"

int main(void) {
  ASSERT(21, INNER_VALUE);
  ASSERT(42, OUTER_VALUE);
  ASSERT(84, inner_twice(OUTER_VALUE));
  return 0;
}
