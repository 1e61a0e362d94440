#include <float.h>
#include "ftest.h"
#include "test.h"

int main(void) {
  PD(DBL_MAX);
  PD(DBL_MIN);
  PD(DBL_EPSILON);
  PD(FLT_MAX);
  PD(FLT_MIN);
  PD(FLT_EPSILON);
  ASSERT(53, DBL_MANT_DIG);
  ASSERT(24, FLT_MANT_DIG);
  ASSERT(113, LDBL_MANT_DIG);
  ASSERT(15, DBL_DIG);
  ASSERT(6, FLT_DIG);
  ASSERT(1024, DBL_MAX_EXP);
  ASSERT(-1021, DBL_MIN_EXP);
  ASSERT(308, DBL_MAX_10_EXP);
  ASSERT(38, FLT_MAX_10_EXP);
  ASSERT(2, FLT_RADIX);
  ASSERT(1, FLT_ROUNDS);
  ASSERT(0, FLT_EVAL_METHOD);
  ASSERT(17, DBL_DECIMAL_DIG);
  volatile double one = 1.0;
  ASSERT(1, one + DBL_EPSILON != one);
  ASSERT(1, one + DBL_EPSILON / 2 == one);
  volatile float fone = 1.0f;
  ASSERT(1, fone + FLT_EPSILON != fone);
  ASSERT(1, (float)(fone + FLT_EPSILON / 2) == fone);
  ASSERT(1, DBL_MAX > FLT_MAX);
  ASSERT(1, DBL_MIN < FLT_MIN);
  return 0;
}
