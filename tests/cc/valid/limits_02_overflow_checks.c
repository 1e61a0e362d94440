#include <limits.h>
#include "test.h"

int add_ok(int a, int b) { return !((b > 0 && a > INT_MAX - b) || (b < 0 && a < INT_MIN - b)); }
int mul_ok(long a, long b) {
  if (a == 0 || b == 0)
    return 1;
  if (a > 0 ? (b > 0 ? a > LONG_MAX / b : b < LONG_MIN / a) : (b > 0 ? a < LONG_MIN / b : a < LONG_MAX / b))
    return 0;
  return 1;
}

int main(void) {
  ASSERT(1, add_ok(1, 2));
  ASSERT(0, add_ok(INT_MAX, 1));
  ASSERT(0, add_ok(INT_MIN, -1));
  ASSERT(1, add_ok(INT_MAX, INT_MIN));
  ASSERT(1, mul_ok(3037000499L, 3037000499L));
  ASSERT(0, mul_ok(3037000500L, 3037000500L));
  ASSERT(1, mul_ok(-1, LONG_MAX));
  ASSERT(0, mul_ok(LONG_MIN, 2));
  return 0;
}
