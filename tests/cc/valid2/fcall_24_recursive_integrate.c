#include "ftest.h"

static int evals;

static double f(double x) {
  evals++;
  return 4.0 / (1.0 + x * x);
}

static double simpson(double a, double b, double fa, double fm, double fb) {
  return (b - a) / 6 * (fa + 4 * fm + fb);
}

static double adapt(double a, double b, double fa, double fm, double fb, double whole,
                    int depth) {
  double m = (a + b) / 2;
  double lm = (a + m) / 2, rm = (m + b) / 2;
  double flm = f(lm), frm = f(rm);
  double left = simpson(a, m, fa, flm, fm), right = simpson(m, b, fm, frm, fb);
  if (depth == 0 || (left + right - whole < 1e-9 && whole - left - right < 1e-9))
    return left + right;
  return adapt(a, m, fa, flm, fm, left, depth - 1) +
         adapt(m, b, fm, frm, fb, right, depth - 1);
}

int main(void) {
  double fa = f(0), fb = f(1), fm = f(0.5);
  double pi = adapt(0, 1, fa, fm, fb, simpson(0, 1, fa, fm, fb), 8);
  PD(pi);
  printf("evaluations %d\n", evals);
  return 0;
}
