#include <limits.h>
#include "ftest.h"
#include "test.h"

int main(void) {
  unsigned long ul = ULONG_MAX;
  double d = ul;
  ASSERT_D(0x1p64, d);
  PD(d);
  d = 0x1p63;
  ul = d;
  ASSERT(0x8000000000000000UL, ul);
  d = 0x1.fffffffffffffp63;
  ul = d;
  ASSERT(0xfffffffffffff800UL, ul);
  ul = 0x8000000000000001UL;
  d = ul;
  ASSERT_D(0x1p63, d);
  ul = 0x8000000000000c01UL;
  d = ul;
  ASSERT_D(0x1.0000000000002p63, d);
  float f = ul;
  ASSERT_D(0x1p63, f);
  f = 1.8e19f;
  ul = f;
  ASSERT(18000000404716257280UL, ul);
  ul = 18446744073709551615ull;
  float g = ul;
  ASSERT_D(0x1p64, g);
  d = 12345678.9;
  ul = d;
  ASSERT(12345678, ul);
  return 0;
}
