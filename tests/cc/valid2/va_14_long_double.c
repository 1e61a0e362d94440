#include <stdarg.h>
#include <stdio.h>

static long double ld_sum(int n, ...) {
  va_list ap;
  va_start(ap, n);
  long double s = 0;
  for (int i = 0; i < n; i++)
    s += va_arg(ap, long double);
  va_end(ap);
  return s;
}

/* an int followed by a long double: the long double starts at an even register */
static void pairs(int n, ...) {
  va_list ap;
  va_start(ap, n);
  for (int i = 0; i < n; i++) {
    int k = va_arg(ap, int);
    long double v = va_arg(ap, long double);
    printf("%d: %.30Lg\n", k, v);
  }
  va_end(ap);
}

int main(void) {
  printf("%.35Lg\n", ld_sum(3, 0.1L, 0.2L, 0.3L));
  printf("%.35Lg\n", ld_sum(5, 1.0L, 1e-30L, 1e-30L, 1e-30L, 1e-30L));
  pairs(3, 1, 1.0L / 3, 2, 2.0L / 3, 3, 1e100L);
  return 0;
}
