#include "test.h"

#pragma GCC diagnostic ignored "-Wparentheses"

int main(void) {
  int x = 5;
  ASSERT(-5, -x);
  ASSERT(5, - -x);
  ASSERT(-6, ~x);
  ASSERT(5, ~~x);
  ASSERT(0, !x);
  ASSERT(1, !!x);
  ASSERT(1, !-x == 0);
  ASSERT(4, -~x - 2);
  ASSERT(-11, ~-~x - 3 + -1);
  ASSERT(1, !~-1);
  return 0;
}
