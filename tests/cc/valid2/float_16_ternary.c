#include "ftest.h"
#include "test.h"

static double pick(int c, double a, double b) { return c ? a : b; }

int main(void) {
  double a = 1.5, b = -2.5;
  ASSERT_D(1.5, pick(1, a, b));
  ASSERT_D(-2.5, pick(0, a, b));
  ASSERT_D(1.5, a > b ? a : b);
  ASSERT_D(-2.5, a < b ? a : b);
  int flag = 1;
  ASSERT_D(3.0, flag ? 3 : 2.5);
  flag = 0;
  ASSERT_D(2.5, flag ? 3 : 2.5);
  float f = 0.25f;
  ASSERT_D(0.25, flag ? a : f);
  double m = a > 0 ? (b > 0 ? 1.0 : 2.0) : 3.0;
  ASSERT_D(2.0, m);
  double *p = flag ? &a : &b;
  *p = 7.0;
  ASSERT_D(7.0, b);
  double abs = b < 0 ? -b : b;
  ASSERT_D(7.0, abs);
  int i = a > 1.0 ? 10 : 20;
  ASSERT(10, i);
  ASSERT(5, (a ? 5 : 6));
  return 0;
}
