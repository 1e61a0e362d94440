#include "ftest.h"
#include "test.h"

int main(void) {
  double a = 1.5, b = 2.25;
  ASSERT_D(3.75, a + b);
  ASSERT_D(-0.75, a - b);
  ASSERT_D(0.75, b - a);
  double c = 0.1, d = 0.2;
  PD(c + d);
  ASSERT(0, c + d == 0.3);
  ASSERT(1, c + d > 0.3);
  float f = 0.1f, g = 0.2f;
  PD(f + g);
  ASSERT(1, f + g == 0.3f);
  double big = 1e16;
  ASSERT_D(1e16, big + 1.0);
  ASSERT_D(10000000000000002.0, big + 2.0);
  return 0;
}
