#include "ftest.h"
#include "test.h"

static double half(int x) { return x / 2.0; }
static int twice(double x) { return x * 2; }
static float as_float(long x) { return x; }
static long as_long(float x) { return x; }
static unsigned char clamp_byte(double x) { return x < 0 ? 0 : x > 255 ? 255 : x; }

int main(void) {
  ASSERT_D(3.5, half(7));
  ASSERT_D(-3.5, half(-7));
  ASSERT(5, twice(2.7));
  ASSERT(-5, twice(-2.7));
  ASSERT_D(1e10, as_float(10000000000L));
  ASSERT(1024, as_long(1024.9f));
  ASSERT(0, clamp_byte(-3.5));
  ASSERT(255, clamp_byte(1e6));
  ASSERT(127, clamp_byte(127.9));
  int i = half(9);
  ASSERT(4, i);
  double d = twice(1.25);
  ASSERT_D(2.0, d);
  ASSERT(3, twice(half(3)));
  return 0;
}
