#include "ftest.h"
#include "test.h"

int main(void) {
  int i = 7;
  double d = 2.0;
  ASSERT_D(3.5, i / d);
  ASSERT_D(3.0, i / 2 * d / 2);
  ASSERT_D(3.5, i / 2.0);
  ASSERT_D(3.0, (double)(i / 2));
  long l = -9;
  ASSERT_D(-4.5, l / d);
  unsigned u = 3000000000u;
  ASSERT_D(1500000000.0, u / d);
  char c = 'A';
  ASSERT_D(65.5, c + 0.5);
  short s = -3;
  float f = 1.25f;
  ASSERT_D(-3.75, s * f);
  ASSERT_D(-1.75, s + f);
  int k = 2.5 * 3;
  ASSERT(7, k);
  int m = 10 / 4 * 2.0;
  ASSERT(4, m);
  double e = 1 + 2 * 3.0 - 4 / 3;
  ASSERT_D(6.0, e);
  return 0;
}
