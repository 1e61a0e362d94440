#include <math.h>
#include "ftest.h"
#include "test.h"

int main(void) {
  volatile double zero = 0.0;
  double inf = 1.0 / zero;
  double ninf = -1.0 / zero;
  ASSERT(1, isinf(inf));
  ASSERT(1, inf > 1e308);
  ASSERT(1, ninf < -1e308);
  ASSERT(1, inf == INFINITY);
  ASSERT(1, ninf == -INFINITY);
  ASSERT(1, inf + 1.0 == inf);
  ASSERT(1, inf * -2.0 == ninf);
  ASSERT_D(0.0, 1.0 / inf);
  PD(-1.0 / inf);
  ASSERT(1, inf > ninf);
  volatile double big = 1e308;
  PD(big * 10.0);
  PD(-big * 10.0);
  float fi = INFINITY;
  ASSERT(1, isinf(fi));
  double di = fi;
  ASSERT(1, di == inf);
  volatile float fbig = 3e38f;
  float fover = fbig * 10.0f;
  ASSERT(1, isinf(fover));
  double d = 1e300;
  float f = (float)d;
  ASSERT(1, isinf(f));
  PD(f);
  return 0;
}
