#include <limits.h>
#include "ftest.h"
#include "test.h"

int main(void) {
  long long ll = LLONG_MIN;
  double d = ll;
  ASSERT_D(-9223372036854775808.0, d);
  ll = d;
  ASSERT(LLONG_MIN, ll);
  unsigned long long ull = 18446744073709551615ull;
  d = ull;
  ASSERT_D(18446744073709551616.0, d);
  d = 9223372036854775808.0;
  ull = d;
  ASSERT(9223372036854775808ull, ull);
  ull = d + 4096;
  ASSERT(9223372036854779904ull, ull);
  ll = -123456789.987;
  ASSERT(-123456789LL, ll);
  float f = (float)(1LL << 40);
  ll = f;
  ASSERT(1LL << 40, ll);
  ull = 1ull << 63 | 1ull << 62;
  f = ull;
  ASSERT_D(0x1.8p63, f);
  ull = f;
  ASSERT(0xc000000000000000ull, ull);
  return 0;
}
