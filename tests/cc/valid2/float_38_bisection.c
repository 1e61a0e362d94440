#include "ftest.h"

static double f(double x) { return x * x * x - 2.0; }

int main(void) {
  double lo = 0.0, hi = 2.0;
  int steps = 0;
  while (hi - lo > 1e-12) {
    double mid = (lo + hi) / 2;
    if (f(mid) > 0)
      hi = mid;
    else
      lo = mid;
    steps++;
  }
  printf("steps %d\n", steps);
  PD(lo);
  PD(hi);
  printf("%.10f\n", (lo + hi) / 2);
  return 0;
}
