#include "ftest.h"
#include "test.h"

static float utof(unsigned u) { return u; }
static double utod(unsigned u) { return u; }

int main(void) {
  ASSERT_D(4294967296.0, utof(4294967295u));
  ASSERT_D(4294967295.0, utod(4294967295u));
  ASSERT_D(2147483648.0, utof(2147483648u));
  ASSERT_D(2147483904.0, utof(2147483904u));
  ASSERT_D(2147484160.0, utof(2147484032u)); /* tie: up to even */
  ASSERT_D(2147483648.0, utof(2147483776u)); /* tie: down to even */
  ASSERT_D(3000000000.0, utod(3000000000u));
  ASSERT_D(3000000000.0, utof(3000000000u));
  ASSERT_D(0.0, utof(0));
  unsigned big = 0xdeadbeef;
  PD(utof(big));
  PD(utod(big));
  return 0;
}
