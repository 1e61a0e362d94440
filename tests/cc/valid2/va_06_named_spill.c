#include <stdarg.h>
#include "test.h"

/* seven named ints: only a7 is left for the variadic part */
static long f7(int a, int b, int c, int d, int e, int f, int g, ...) {
  va_list ap;
  va_start(ap, g);
  long s = a + b + c + d + e + f + g;
  long x = va_arg(ap, long);
  long y = va_arg(ap, long);
  long z = va_arg(ap, long);
  va_end(ap);
  return s * 1000 + x * 100 + y * 10 + z;
}

/* eight named: every variadic argument is on the stack */
static long f8(int a, int b, int c, int d, int e, int f, int g, int h, ...) {
  va_list ap;
  va_start(ap, h);
  long s = a + b + c + d + e + f + g + h;
  int k = va_arg(ap, int);
  double x = va_arg(ap, double);
  va_end(ap);
  return s * 1000 + k * 10 + (long)(x * 2);
}

int main(void) {
  ASSERT(28123, f7(1, 2, 3, 4, 5, 6, 7, 1L, 2L, 3L));
  ASSERT(36047, f8(1, 2, 3, 4, 5, 6, 7, 8, 4, 3.5));
  return 0;
}
