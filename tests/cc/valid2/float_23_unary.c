#include "ftest.h"
#include "test.h"

int main(void) {
  double a = 2.5;
  ASSERT_D(-2.5, -a);
  ASSERT_D(2.5, +a);
  ASSERT_D(2.5, - -a);
  float f = -1.25f;
  ASSERT_D(1.25, -f);
  ASSERT(4, sizeof(-f));
  ASSERT(4, sizeof(+f));
  ASSERT(0, !a);
  double z = 0.0;
  PD(-z);
  PD(-(z - z));
  double neg = -a * -a;
  ASSERT_D(6.25, neg);
  ASSERT_D(-0.5, -(a - 2.0));
  ASSERT_D(1.0, -(-1.0));
  ASSERT(1, -a < a);
  return 0;
}
