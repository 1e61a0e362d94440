#include <math.h>
#include "test.h"

int main(void) {
  volatile double zero = 0.0;
  double n = zero / zero;
  ASSERT(1, n != n);
  ASSERT(0, n == n);
  ASSERT(0, n < 1.0);
  ASSERT(0, n > 1.0);
  ASSERT(0, n <= 1.0);
  ASSERT(0, n >= 1.0);
  ASSERT(1, n != 1.0);
  ASSERT(0, n == 1.0);
  ASSERT(1, !(n < 1.0) && !(n >= 1.0));
  ASSERT(1, isnan(n));
  double m = NAN;
  ASSERT(1, m != m);
  ASSERT(1, isnan(m + 1.0));
  ASSERT(1, isnan(m * 0.0));
  float fn = NAN;
  ASSERT(1, fn != fn);
  ASSERT(1, isnan((double)fn));
  ASSERT(1, n ? 1 : 0);
  int count = 0;
  if (n) count++;
  if (!n) count += 10;
  ASSERT(1, count);
  double inf = 1.0 / zero;
  ASSERT(1, isnan(inf - inf));
  ASSERT(1, isnan(inf * 0.0));
  return 0;
}
