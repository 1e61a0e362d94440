#include "test.h"

#pragma GCC diagnostic ignored "-Woverride-init"

int main(void) {
  int a[3] = {[0] = 1, [0] = 2};
  ASSERT(2, a[0]);
  struct { int x, y; } p = {.x = 1, .y = 2, .x = 3};
  ASSERT(3, p.x);
  ASSERT(2, p.y);
  int b[5] = {[4] = 4, [1] = 1, 2, 3};
  ASSERT(3, b[3]);
  ASSERT(4, b[4]);
  return 0;
}
