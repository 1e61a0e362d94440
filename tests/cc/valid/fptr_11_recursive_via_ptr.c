#include "test.h"

static int (*self)(int);

int sum_down(int n) { return n == 0 ? 0 : n + self(n - 1); }

int main(void) {
  self = sum_down;
  ASSERT(55, self(10));
  ASSERT(5050, sum_down(100));
  return 0;
}
