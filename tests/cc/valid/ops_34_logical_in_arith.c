#include "test.h"

int count_true(int a, int b, int c) { return !!a + !!b + !!c; }

int main(void) {
  ASSERT(2, count_true(5, 0, -1));
  ASSERT(0, count_true(0, 0, 0));
  int x = 7;
  ASSERT(3, (x > 1) + (x > 2) + (x > 5) + (x > 9));
  ASSERT(1, (x && 0) + (x || 0));
  ASSERT(-1, -(x == 7));
  ASSERT(10, 10 * (x != 0));
  return 0;
}
