#include "ftest.h"

static double power(double b, int e) {
  if (e == 0)
    return 1;
  double h = power(b, e / 2);
  return e % 2 ? h * h * b : h * h;
}

static double harmonic(int n) { return n == 0 ? 0.0 : 1.0 / n + harmonic(n - 1); }

static double cont_frac(int depth) {
  /* sqrt(2) = 1 + 1/(2 + 1/(2 + ...)) */
  return depth == 0 ? 2.0 : 2.0 + 1.0 / cont_frac(depth - 1);
}

int main(void) {
  ASSERT_D(1024.0, power(2, 10));
  ASSERT_D(59049.0, power(3, 10));
  PD(power(1.0001, 1000));
  PD(harmonic(10));
  PD(harmonic(50));
  PD(1.0 + 1.0 / cont_frac(30));
  return 0;
}
