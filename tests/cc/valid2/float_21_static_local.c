#include "ftest.h"
#include "test.h"

static double running_mean(double x) {
  static double sum = 0.0;
  static int n;
  sum += x;
  n++;
  return sum / n;
}

static float next_term(void) {
  static float term = 1.0f / 1024;
  term *= 2;
  return term;
}

int main(void) {
  ASSERT_D(2.0, running_mean(2.0));
  ASSERT_D(3.0, running_mean(4.0));
  ASSERT_D(4.0, running_mean(6.0));
  PD(running_mean(1.0));
  ASSERT_D(1.0 / 512, next_term());
  ASSERT_D(1.0 / 256, next_term());
  static const double table[] = {1.0 / 2, 1.0 / 3, 1.0 / 5, 1.0 / 7};
  for (int i = 0; i < 4; i++)
    PD(table[i]);
  static double accumulate;
  for (int i = 1; i <= 4; i++)
    accumulate += 1.0 / i;
  PD(accumulate);
  return 0;
}
