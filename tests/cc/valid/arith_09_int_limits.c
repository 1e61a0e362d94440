#include "test.h"

int main(void) {
  int max = 2147483647;
  int min = -2147483647 - 1;
  ASSERT(2147483647, max);
  ASSERT(-2147483648LL, min);
  ASSERT(1, max > min);
  ASSERT(-1, max + min);
  long wide = (long)max + 1;
  ASSERT(2147483648L, wide);
  unsigned u = (unsigned)max + 1u;
  ASSERT(2147483648u, u);
  ASSERT(2147483647, (int)(u - 1));
  return 0;
}
