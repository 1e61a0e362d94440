#include <stdarg.h>
#include "ftest.h"

static double dsum(int n, ...) {
  va_list ap;
  va_start(ap, n);
  double s = 0;
  while (n-- > 0)
    s += va_arg(ap, double);
  va_end(ap);
  return s;
}

int main(void) {
  ASSERT_D(0.0, dsum(0));
  ASSERT_D(1.5, dsum(1, 1.5));
  ASSERT_D(6.0, dsum(3, 1.0, 2.0, 3.0));
  PD(dsum(3, 0.1, 0.2, 0.3));
  float f = 0.1f;
  PD(dsum(2, f, f)); /* float arguments are promoted to double */
  ASSERT_D(78.0, dsum(12, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0, 11.0, 12.0));
  return 0;
}
