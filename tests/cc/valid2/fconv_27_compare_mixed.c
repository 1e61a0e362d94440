#include "test.h"

int main(void) {
  long big = (1L << 53) + 1;
  double d = (double)(1L << 53);
  ASSERT(1, big == d); /* big converts to double and rounds */
  ASSERT(0, big == (long)d);
  ASSERT(1, big > (long)d);
  unsigned u = 4294967295u;
  float f = 4294967296.0f;
  ASSERT(1, u == f);
  int i = 16777217;
  float g = 16777216.0f;
  ASSERT(1, i == g);
  ASSERT(0, (double)i == g);
  ASSERT(1, -1 < 0.5);
  ASSERT(1, (unsigned)1 > -0.5);
  ASSERT(1, (0u > -1.0) == 1);
  ASSERT(1, 3 == 3.0f);
  ASSERT(1, 'a' == 97.0);
  return 0;
}
