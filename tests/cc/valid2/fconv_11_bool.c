#include "test.h"

int main(void) {
  volatile double zero = 0.0;
  _Bool b = 0.5;
  ASSERT(1, b);
  b = 0.0;
  ASSERT(0, b);
  b = -0.0;
  ASSERT(0, b);
  b = 1e-320;
  ASSERT(1, b);
  b = zero / zero; /* NaN compares unequal to 0 */
  ASSERT(1, b);
  b = 1.0 / zero;
  ASSERT(1, b);
  float f = 0.25f;
  b = f;
  ASSERT(1, b);
  b = (_Bool)(f - 0.25f);
  ASSERT(0, b);
  double d = b;
  ASSERT(0, d);
  b = 1;
  d = b;
  ASSERT(1, d == 1.0);
  float g = (_Bool)7.0 + (_Bool)0.1;
  ASSERT(2, (int)g);
  return 0;
}
