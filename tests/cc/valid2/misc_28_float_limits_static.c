// The <float.h> limits as static initializers, long double ones too: LDBL_MAX is
// beyond any double (the compiler keeps it exact), and so is -LDBL_MAX.
#include <float.h>
#include <stdio.h>

static long double ld[] = {LDBL_MAX, -LDBL_MAX, LDBL_MIN, LDBL_TRUE_MIN, LDBL_EPSILON,
                           -LDBL_MIN, 1.5L, -0.0L, DBL_MAX, FLT_MAX};
static double d[] = {DBL_MAX, -DBL_MAX, DBL_MIN, DBL_TRUE_MIN, DBL_EPSILON, FLT_MAX};
static float f[] = {FLT_MAX, -FLT_MAX, FLT_MIN, FLT_TRUE_MIN, FLT_EPSILON};

int main(void) {
  for (unsigned i = 0; i < sizeof ld / sizeof ld[0]; i++)
    printf("ld[%u] = %La = %.20Lg\n", i, ld[i], ld[i]);
  for (unsigned i = 0; i < sizeof d / sizeof d[0]; i++)
    printf("d[%u] = %a = %.17g\n", i, d[i], d[i]);
  for (unsigned i = 0; i < sizeof f / sizeof f[0]; i++)
    printf("f[%u] = %a = %.9g\n", i, (double)f[i], (double)f[i]);
  long double big = LDBL_MAX;
  printf("%d %d %d\n", big == ld[0], -big == ld[1], ld[0] / 2 < ld[0]);
  printf("%d %d %d %d\n", LDBL_MANT_DIG, LDBL_MAX_EXP, DBL_DIG, FLT_EVAL_METHOD);
  return 0;
}
