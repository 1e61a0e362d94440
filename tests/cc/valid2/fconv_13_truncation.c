#include "test.h"

static int to_int(double d) { return (int)d; }
static long to_long(float f) { return (long)f; }

int main(void) {
  ASSERT(1, to_int(1.9999999));
  ASSERT(-1, to_int(-1.9999999));
  ASSERT(0, to_int(0.9999999999999999));
  ASSERT(0, to_int(-0.9999999999999999));
  ASSERT(2, to_int(2.0));
  ASSERT(-2, to_int(-2.0));
  ASSERT(0, to_int(1e-300));
  ASSERT(0, to_int(-1e-300));
  ASSERT(99, to_long(99.99f));
  ASSERT(-99, to_long(-99.99f));
  ASSERT(16777216, to_long(16777217.0f));
  ASSERT(1, to_int(1.0000000000000002));
  ASSERT(123, to_int(123.5));
  ASSERT(-123, to_int(-123.5));
  return 0;
}
