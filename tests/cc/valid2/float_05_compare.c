#include "test.h"

int main(void) {
  double a = 1.0, b = 2.0, c = 1.0;
  ASSERT(1, a < b);
  ASSERT(0, a > b);
  ASSERT(1, a <= c);
  ASSERT(1, a >= c);
  ASSERT(1, a == c);
  ASSERT(0, a != c);
  ASSERT(1, -a < a);
  float f = 0.1f;
  double d = 0.1;
  ASSERT(0, f == d);
  ASSERT(1, f > d);
  ASSERT(1, (double)f != d);
  ASSERT(1, f == (float)d);
  double x = 3.0;
  int i = 3;
  ASSERT(1, x == i);
  ASSERT(1, i < x + 0.5);
  long long big = 9007199254740993LL; /* 2^53 + 1 */
  double dbig = 9007199254740992.0;
  ASSERT(1, (double)big == dbig);
  int r = (a < b) + (b < a) * 2 + (a == c) * 4;
  ASSERT(5, r);
  return 0;
}
