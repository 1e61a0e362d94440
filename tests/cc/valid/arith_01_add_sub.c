#include "test.h"

int main(void) {
  ASSERT(0, 0);
  ASSERT(42, 42);
  ASSERT(21, 5 + 20 - 4);
  ASSERT(-3, 4 - 7);
  ASSERT(10, 1 + 2 + 3 + 4);
  ASSERT(-10, -1 - 2 - 3 - 4);
  ASSERT(5, 10 - 3 - 2);
  ASSERT(100000, 99999 + 1);
  return 0;
}
