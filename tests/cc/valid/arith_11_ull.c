#include "test.h"

int main(void) {
  unsigned long long a = 18446744073709551615ULL;
  ASSERT(-1, (long long)a);
  ASSERT(1, a == (unsigned long long)-1);
  ASSERT(0, a + 1);
  unsigned long long b = 1ULL << 63;
  ASSERT(1, b > 0);
  ASSERT(1, (b >> 63) == 1);
  unsigned long long c = 10000000000ULL;
  ASSERT(3, c / 3333333333ULL);
  ASSERT(1, c % 3333333333ULL);
  printf("%llu %llu %llx\n", a, c, b);
  return 0;
}
