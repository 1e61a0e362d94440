#include <stdarg.h>
#include <stdio.h>

/* named floats use fa registers, the variadic ones integer registers */
static double blend(float a, double b, int n, ...) {
  va_list ap;
  va_start(ap, n);
  double r = a + b;
  for (int i = 0; i < n; i++) {
    double x = va_arg(ap, double);
    r = r * 0.5 + x;
  }
  va_end(ap);
  return r;
}

/* many named doubles: the ninth named one already went to an integer register */
static double nine(double d0, double d1, double d2, double d3, double d4, double d5,
                   double d6, double d7, double d8, ...) {
  va_list ap;
  va_start(ap, d8);
  double extra = va_arg(ap, double);
  int k = va_arg(ap, int);
  va_end(ap);
  return d0 + d1 + d2 + d3 + d4 + d5 + d6 + d7 + d8 * 10 + extra * 100 + k * 1000;
}

int main(void) {
  printf("%.17g\n", blend(0.5f, 0.25, 3, 1.0, 2.0, 3.0));
  printf("%.17g\n", blend(0.1f, 0.1, 0));
  printf("%.17g\n", nine(1, 1, 1, 1, 1, 1, 1, 1, 2, 3.0, 4));
  return 0;
}
