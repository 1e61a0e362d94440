#include "test.h"

static unsigned dtou(double d) { return d; }
static unsigned ftou(float f) { return f; }
static unsigned long dtoul(double d) { return d; }

int main(void) {
  ASSERT(2147483648u, dtou(2147483648.0));
  ASSERT(2147483649u, dtou(2147483649.75));
  ASSERT(4294967295u, dtou(4294967295.0));
  ASSERT(4000000000u, dtou(4e9));
  ASSERT(0, dtou(-0.5));
  ASSERT(0, dtou(0.0));
  ASSERT(3221225472u, ftou(3221225472.0f));
  ASSERT(4294967040u, ftou(4294967040.0f));
  ASSERT(0x8000000000000000UL, dtoul(9223372036854775808.0));
  ASSERT(0xfffffffffffff800UL, dtoul(18446744073709549568.0));
  ASSERT(10000000000000000000UL, dtoul(1e19));
  ASSERT(1, dtoul(1.5));
  return 0;
}
