#include <limits.h>
#include "ftest.h"
#include "test.h"

int main(void) {
  unsigned u = UINT_MAX;
  double d = u;
  ASSERT_D(4294967295.0, d);
  float f = u;
  ASSERT_D(4294967296.0, f);
  u = 3000000000u;
  d = u;
  ASSERT_D(3e9, d);
  d = 4294967295.5;
  u = d;
  ASSERT(4294967295u, u);
  d = 2147483648.0;
  u = d;
  ASSERT(2147483648u, u);
  f = 3.5e9f;
  u = f;
  ASSERT(3500000000u, u);
  u = -0.999;
  ASSERT(0, u);
  u = 0x80000001u;
  f = u;
  ASSERT_D(2147483648.0, f);
  d = u;
  ASSERT_D(2147483649.0, d);
  return 0;
}
