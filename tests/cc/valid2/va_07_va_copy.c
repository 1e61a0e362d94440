#include <stdarg.h>
#include "ftest.h"

/* mean and variance of n doubles: two passes over the arguments */
static void stats(int n, ...) {
  va_list ap, again;
  va_start(ap, n);
  va_copy(again, ap);
  double s = 0;
  for (int i = 0; i < n; i++)
    s += va_arg(ap, double);
  double mean = s / n;
  double sq = 0;
  for (int i = 0; i < n; i++) {
    double d = va_arg(again, double) - mean;
    sq += d * d;
  }
  va_end(again);
  va_end(ap);
  PD(mean);
  PD(sq / n);
}

int main(void) {
  stats(4, 1.0, 2.0, 3.0, 4.0);
  stats(8, 2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0);
  stats(10, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0);
  return 0;
}
