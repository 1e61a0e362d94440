#include "ftest.h"

static double even_part(double x, int n);
static double odd_part(double x, int n);

static double even_part(double x, int n) {
  if (n == 0)
    return 1.0;
  return 1.0 - x * odd_part(x, n - 1) / (2 * n);
}

static double odd_part(double x, int n) {
  if (n == 0)
    return x;
  return x * even_part(x, n - 1) / (2 * n + 1);
}

int main(void) {
  PD(even_part(0.5, 6));
  PD(odd_part(0.5, 6));
  PD(even_part(1.0, 8));
  PD(odd_part(2.0, 8));
  return 0;
}
