#include "ftest.h"

static double horner(const double *c, int n, double x) {
  double r = 0;
  for (int i = n - 1; i >= 0; i--)
    r = r * x + c[i];
  return r;
}

int main(void) {
  /* 1 + x + x^2/2 + x^3/6 + x^4/24 + ... : exp(x) */
  double c[10];
  double fact = 1;
  for (int i = 0; i < 10; i++) {
    if (i > 0)
      fact *= i;
    c[i] = 1.0 / fact;
  }
  ASSERT_D(1.0, horner(c, 10, 0.0));
  PD(horner(c, 10, 1.0));
  PD(horner(c, 10, 0.5));
  PD(horner(c, 10, -1.0));
  double p[3] = {-6, 1, 1}; /* x^2 + x - 6 = (x+3)(x-2) */
  ASSERT_D(0.0, horner(p, 3, 2.0));
  ASSERT_D(0.0, horner(p, 3, -3.0));
  ASSERT_D(-6.25, horner(p, 3, -0.5));
  return 0;
}
