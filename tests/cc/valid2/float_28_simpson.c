#include "ftest.h"

static double f_square(double x) { return x * x; }
static double f_cube(double x) { return x * x * x; }
static double f_recip(double x) { return 1.0 / x; }

static double simpson(double (*f)(double), double a, double b, int n) {
  double h = (b - a) / n;
  double s = f(a) + f(b);
  for (int i = 1; i < n; i++)
    s += f(a + i * h) * (i % 2 ? 4 : 2);
  return s * h / 3;
}

int main(void) {
  PD(simpson(f_square, 0, 3, 6));
  PD(simpson(f_cube, 0, 2, 4));
  PD(simpson(f_recip, 1, 2, 10));
  PD(simpson(f_square, -1, 1, 2));
  return 0;
}
