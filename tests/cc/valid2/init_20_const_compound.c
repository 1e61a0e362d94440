#include "ftest.h"
#include "test.h"

static double poly(const double *c, int n, double x) {
  double r = 0;
  for (int i = n - 1; i >= 0; i--)
    r = r * x + c[i];
  return r;
}

int main(void) {
  const double *c = (const double[]){1, -3, 3, -1}; /* (1 - x)^3 */
  ASSERT_D(0.0, poly(c, 4, 1.0));
  ASSERT_D(1.0, poly(c, 4, 0.0));
  ASSERT_D(-8.0, poly(c, 4, 3.0));
  ASSERT_D(0.125, poly((const double[]){0.5, 0.5}, 2, -0.75));
  const char *names = (const char[]){'a', 'b', 0};
  ASSERT('b', names[1]);
  PD(poly((double[3]){0.1, 0.1, 0.1}, 3, 10));
  return 0;
}
