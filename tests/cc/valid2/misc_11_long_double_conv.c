#include <limits.h>
#include <stdio.h>
#include "test.h"

int main(void) {
  long double ld = LONG_MAX;
  ASSERT(1, ld == 9223372036854775807.0L); /* exact in quad */
  ASSERT(LONG_MAX, (long)ld);
  ld = ULONG_MAX;
  ASSERT(1, (unsigned long)ld == ULONG_MAX);
  ld = -2.75L;
  ASSERT(-2, (int)ld);
  ASSERT(-2, (long)ld);
  ASSERT(2, (unsigned char)-ld);
  double d = 0.1;
  ld = d;
  printf("%.40Lf\n", ld);
  float f = (float)0.1L;
  printf("%a\n", f);
  d = (double)(1.0L / 3);
  printf("%a\n", d);
  ld = 1e-4940L; /* subnormal in quad */
  printf("%Lg\n", ld);
  d = (double)ld;
  printf("%g\n", d);
  ld = 0x1.ffffffffffffffffp0L;
  printf("%La %a\n", ld, (double)ld);
  int i = 123456789;
  ld = i;
  ld = ld * ld;
  printf("%.0Lf\n", ld);
  unsigned long long ull = (unsigned long long)(ld / 1e5L);
  printf("%llu\n", ull);
  _Bool b = 0.0L;
  ASSERT(0, b);
  b = 1e-4000L;
  ASSERT(1, b);
  return 0;
}
