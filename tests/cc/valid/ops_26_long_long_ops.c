#include "test.h"

int main(void) {
  long long a = 1LL << 40;
  long long b = a * 1000;
  ASSERT(1099511627776000LL, b);
  ASSERT(1000, b / a);
  ASSERT(0, b % a);
  ASSERT(-1099511627776000LL, -b);
  unsigned long long c = (unsigned long long)b * 16000;
  ASSERT(1, c > (unsigned long long)b);
  ASSERT(1, c / 16000 == (unsigned long long)b);
  long long m = -9223372036854775807LL;
  ASSERT(-1, m / 9223372036854775807LL);
  ASSERT(0, m % 9223372036854775807LL);
  return 0;
}
