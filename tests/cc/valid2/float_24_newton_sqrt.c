#include "ftest.h"
#include "test.h"

static double my_sqrt(double x) {
  if (x == 0)
    return 0;
  double g = x > 1 ? x / 2 : 1.0;
  for (int i = 0; i < 60; i++) {
    double next = 0.5 * (g + x / g);
    if (next == g)
      break;
    g = next;
  }
  return g;
}

int main(void) {
  ASSERT_D(2.0, my_sqrt(4.0));
  ASSERT_D(12.0, my_sqrt(144.0));
  ASSERT_D(0.5, my_sqrt(0.25));
  PD(my_sqrt(2.0));
  PD(my_sqrt(3.0));
  PD(my_sqrt(10.0));
  PD(my_sqrt(1e-6));
  double r = my_sqrt(2.0);
  ASSERT(1, r * r - 2.0 < 1e-15 && r * r - 2.0 > -1e-15);
  return 0;
}
