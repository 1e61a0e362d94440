#include "test.h"

static double zero(void) { return 0.0; }
static double negzero(void) { return -0.0; }
static float small(void) { return 1e-30f; }
static double half(int x) { return x * 0.5; }

int main(void) {
  ASSERT(0, zero() ? 1 : 0);
  ASSERT(0, negzero() ? 1 : 0);
  ASSERT(1, small() ? 1 : 0);
  ASSERT(1, !zero());
  ASSERT(1, half(1) && small());
  ASSERT(0, half(0) || zero());
  int n = 0;
  for (int i = 0; half(i) < 3; i++)
    n++;
  ASSERT(6, n);
  if (half(3) == 1.5 && half(-3) == -1.5)
    n = 100;
  ASSERT(100, n);
  ASSERT(1, half(4) > half(3));
  ASSERT(1, zero() == negzero());
  return 0;
}
