#include "test.h"

static long round_away(double x) { return x < 0 ? -(long)(-x + 0.5) : (long)(x + 0.5); }
static long trunc_to_long(double x) { return (long)x; }
static long floor_to_long(double x) {
  long t = (long)x;
  return (x < t) ? t - 1 : t;
}

int main(void) {
  ASSERT(3, round_away(2.5));
  ASSERT(-3, round_away(-2.5));
  ASSERT(2, round_away(2.4999));
  ASSERT(-2, round_away(-1.5000001 - 0.4));
  ASSERT(1, round_away(0.49999999999999994)); /* x + 0.5 rounds up to 1.0 */
  ASSERT(2, trunc_to_long(2.99));
  ASSERT(-2, trunc_to_long(-2.99));
  ASSERT(0, trunc_to_long(-0.5));
  ASSERT(2, floor_to_long(2.99));
  ASSERT(-3, floor_to_long(-2.99));
  ASSERT(-3, floor_to_long(-3.0));
  ASSERT(-1, floor_to_long(-0.1));
  return 0;
}
