#include "test.h"

unsigned long isqrt(unsigned long n) {
  if (n < 2)
    return n;
  unsigned long x = n / 2 + 1, y = (x + n / x) / 2;
  while (y < x) {
    x = y;
    y = (x + n / x) / 2;
  }
  return x;
}

int main(void) {
  ASSERT(0, isqrt(0));
  ASSERT(1, isqrt(3));
  ASSERT(2, isqrt(4));
  ASSERT(31, isqrt(1000));
  ASSERT(1000000, isqrt(1000000000000UL));
  ASSERT(4294967295UL, isqrt(18446744073709551615UL));
  return 0;
}
