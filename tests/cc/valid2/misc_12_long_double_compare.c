#include <float.h>
#include <stdio.h>
#include "test.h"

static long double ld_max(long double a, long double b) { return a > b ? a : b; }

int main(void) {
  long double a = 1.0L + LDBL_EPSILON, b = 1.0L;
  ASSERT(1, a > b);
  ASSERT(1, (double)a == (double)b);
  ASSERT(1, a != b);
  ASSERT(0, a <= b);
  ASSERT(1, ld_max(a, b) == a);
  long double nan = __builtin_nanl("");
  ASSERT(1, nan != nan);
  ASSERT(0, nan < 0 || nan >= 0);
  printf("%.30Lg\n", LDBL_MAX / 1e4900L);
  printf("%.30Lg\n", LDBL_MIN * 1e4900L);
  printf("%.30Lg\n", LDBL_EPSILON);
  printf("%d %d %d\n", LDBL_MANT_DIG, LDBL_MAX_EXP, LDBL_MIN_EXP);
  printf("%d\n", LDBL_DIG);
  long double inf = __builtin_infl();
  ASSERT(1, inf > LDBL_MAX);
  ASSERT(1, -inf < -LDBL_MAX);
  return 0;
}
