#include "test.h"

static _Bool positive(double x) { return x > 0; }
static _Bool nonzero(double x) { return x; }
static char digit(double x) { return '0' + (int)x; }
static unsigned char byte(float f) { return f; }
static short scaled(double x) { return x * 1000; }

int main(void) {
  ASSERT(1, positive(0.1));
  ASSERT(0, positive(-0.0));
  ASSERT(1, nonzero(-1e-200));
  ASSERT(0, nonzero(0.0));
  ASSERT('7', digit(7.9));
  ASSERT(200, byte(200.5f));
  ASSERT(-3141, scaled(-3.1415));
  ASSERT(32767, scaled(32.7675));
  return 0;
}
