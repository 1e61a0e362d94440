#include "test.h"

_Bool is_even(int x) { return x % 2 == 0; }

int main(void) {
  _Bool t = 1, f = 0;
  ASSERT(1, t);
  ASSERT(0, f);
  ASSERT(1, t && !f);
  ASSERT(1, is_even(10));
  ASSERT(0, is_even(7));
  ASSERT(1, is_even(-4));
  _Bool x = is_even(3) + is_even(4);
  ASSERT(1, x);
  ASSERT(2, is_even(2) + is_even(4));
  return 0;
}
