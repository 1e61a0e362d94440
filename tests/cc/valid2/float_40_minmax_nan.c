#include "ftest.h"
#include "test.h"

static double max_a(double a, double b) { return a > b ? a : b; }
static double max_b(double a, double b) { return a < b ? b : a; }

int main(void) {
  volatile double zero = 0.0;
  double nan = zero / zero;
  ASSERT_D(2.0, max_a(1.0, 2.0));
  ASSERT_D(2.0, max_b(2.0, 1.0));
  ASSERT_D(1.0, max_a(nan, 1.0));
  ASSERT(1, max_a(1.0, nan) != max_a(1.0, nan));
  ASSERT(1, max_b(nan, 1.0) != max_b(nan, 1.0));
  ASSERT_D(1.0, max_b(1.0, nan));
  double v[5] = {3, nan, 7, -1, 5};
  double m = v[0];
  int nans = 0;
  for (int i = 1; i < 5; i++) {
    if (v[i] != v[i]) {
      nans++;
      continue;
    }
    if (v[i] > m)
      m = v[i];
  }
  ASSERT_D(7.0, m);
  ASSERT(1, nans);
  return 0;
}
