#include <stdarg.h>
#include "ftest.h"

/* the named argument is a double (in fa0); the rest are in integer registers */
static double weighted_avg(double w0, int n, ...) {
  va_list ap;
  va_start(ap, n);
  double total = 0, weights = 0;
  for (int i = 0; i < n; i++) {
    double v = va_arg(ap, double);
    double w = w0 * (i + 1);
    total += v * w;
    weights += w;
  }
  va_end(ap);
  return total / weights;
}

int main(void) {
  ASSERT_D(2.0, weighted_avg(1.0, 3, 2.0, 2.0, 2.0));
  PD(weighted_avg(0.5, 3, 1.0, 2.0, 3.0));
  PD(weighted_avg(2.0, 10, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0));
  return 0;
}
