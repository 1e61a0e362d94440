#include "ftest.h"

static double fact(int n, double acc) { return n <= 1 ? acc : fact(n - 1, acc * n); }
static double geom(int n, double r, double term, double acc) {
  return n == 0 ? acc : geom(n - 1, r, term * r, acc + term);
}
static float countdown(float x, int steps) { return steps ? countdown(x - 0.5f, steps - 1) : x; }

int main(void) {
  ASSERT_D(3628800.0, fact(10, 1));
  PD(fact(20, 1));
  PD(fact(25, 1));
  PD(geom(30, 0.5, 1, 0));
  ASSERT_D(-0.5, countdown(2.0f, 5));
  return 0;
}
