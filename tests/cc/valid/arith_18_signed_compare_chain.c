#include "test.h"

int sign(long x) { return (x > 0) - (x < 0); }
int cmp(long a, long b) { return (a > b) - (a < b); }

int main(void) {
  ASSERT(-1, sign(-100));
  ASSERT(0, sign(0));
  ASSERT(1, sign(9999999999L));
  ASSERT(-1, cmp(-5, 5));
  ASSERT(1, cmp(5, -5));
  ASSERT(0, cmp(-5, -5));
  ASSERT(1, cmp(0, -9223372036854775807L - 1));
  return 0;
}
