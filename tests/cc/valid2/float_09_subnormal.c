#include <float.h>
#include <math.h>
#include "ftest.h"
#include "test.h"

int main(void) {
  double tiny = DBL_MIN;
  PD(tiny);
  double sub = tiny / 4.0;
  PD(sub);
  ASSERT(1, sub > 0.0);
  ASSERT(1, fpclassify(sub) == FP_SUBNORMAL);
  ASSERT(1, fpclassify(tiny) == FP_NORMAL);
  double smallest = 0x1p-1074;
  PD(smallest);
  ASSERT(1, smallest / 2.0 == 0.0);
  ASSERT_D(0x1p-1073, smallest * 2.0);
  PD(smallest * 3.0 / 2.0);
  volatile double v = 0x1.8p-1074;
  PD(v);
  float fsub = FLT_MIN / 8.0f;
  PD(fsub);
  ASSERT(1, fpclassify(fsub) == FP_SUBNORMAL);
  float fsmall = 0x1p-149f;
  PD(fsmall);
  double d = 0x1p-150;
  float f = (float)d; /* ties to even: rounds to 0 */
  PD(f);
  d = 0x1.8p-150;
  f = (float)d;
  PD(f);
  return 0;
}
