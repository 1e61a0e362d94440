#include "test.h"

int main(void) {
  int a = 5;
  ASSERT(10, -10 + 20);
  ASSERT(10, - -10);
  ASSERT(10, - - +10);
  ASSERT(-5, -a);
  ASSERT(5, +a);
  ASSERT(-6, ~a);
  ASSERT(0, !a);
  ASSERT(1, !!a);
  ASSERT(1, !0);
  ASSERT(-1, ~0);
  return 0;
}
