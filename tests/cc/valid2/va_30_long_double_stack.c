#include <stdarg.h>
#include <stdio.h>

/* a named long double (a0/a1) and many variadic long doubles (a2..a7, then the stack) */
static long double poly(long double x, int n, ...) {
  va_list ap;
  va_start(ap, n);
  long double r = 0;
  for (int i = 0; i < n; i++)
    r = r * x + va_arg(ap, long double);
  va_end(ap);
  return r;
}

int main(void) {
  printf("%.30Lg\n", poly(2.0L, 3, 1.0L, 0.0L, -1.0L));
  printf("%.30Lg\n", poly(0.1L, 6, 1.0L, 2.0L, 3.0L, 4.0L, 5.0L, 6.0L));
  printf("%.30Lg\n", poly(-1.5L, 8, 1.0L, 1.0L, 1.0L, 1.0L, 1.0L, 1.0L, 1.0L, 1.0L));
  return 0;
}
