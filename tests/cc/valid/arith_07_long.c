#include "test.h"

int main(void) {
  long a = 3000000000L;
  long b = a * 3;
  ASSERT(9000000000L, b);
  ASSERT(1, b > 2147483647);
  long c = -a;
  ASSERT(-3000000000L, c);
  ASSERT(4611686018427387904L, 1L << 62);
  ASSERT(9223372036854775807L, 0x7fffffffffffffffL);
  ASSERT(-9223372036854775807L - 1, (-0x7fffffffffffffffL) - 1);
  long long d = 123456789LL * 1000;
  ASSERT(123456789000LL, d);
  return 0;
}
