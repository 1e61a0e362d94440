#include <stdio.h>
#include "test.h"

static long double ld_add(long double a, long double b) { return a + b; }
static long double ld_mul3(long double a, long double b, long double c) { return a * b * c; }
static long double ld_from(double d, int i, float f) { return (long double)d + i + f; }
static double ld_to(long double x) { return (double)x; }

int main(void) {
  long double x = ld_add(1.0L, 0x1p-100L);
  ASSERT(1, x > 1.0L);
  ASSERT(1, ld_to(x) == 1.0);
  printf("%.36Lg\n", ld_mul3(1.0L / 3, 3.0L, 1.0L));
  printf("%.36Lg\n", ld_mul3(0.1L, 0.1L, 10.0L));
  printf("%.20Lg\n", ld_from(0.5, 7, 0.25f));
  printf("%.36Lg\n", ld_add(0.1L, 0.2L));
  printf("%a\n", ld_to(0.1L));
  return 0;
}
