#include <math.h>
#include <stdio.h>
#include "test.h"

int main(void) {
  double inf = __builtin_inf();
  float inff = __builtin_inff();
  double huge = __builtin_huge_val();
  float hugef = __builtin_huge_valf();
  double nan = __builtin_nan("");
  float nanf = __builtin_nanf("");
  ASSERT(1, inf == huge);
  ASSERT(1, inff == hugef);
  ASSERT(1, isinf(inf) && inf > 0);
  ASSERT(1, isinf(inff));
  ASSERT(1, nan != nan);
  ASSERT(1, nanf != nanf);
  ASSERT(1, isnan(nan));
  ASSERT(0, isnan(inf));
  ASSERT(1, isfinite(1e308));
  ASSERT(0, isfinite(inf));
  ASSERT(0, isfinite(nan));
  ASSERT(1, signbit(-inf) != 0);
  ASSERT(1, HUGE_VAL == inf);
  ASSERT(1, INFINITY == inff);
  printf("%f %f %f %f\n", inf, -inff, huge, -hugef);
  printf("%f\n", nan);
  union {
    double d;
    unsigned long u;
  } bits = {nan};
  printf("%016lx\n", bits.u);
  bits.d = __builtin_nan("0x5");
  printf("%016lx\n", bits.u);
  return 0;
}
