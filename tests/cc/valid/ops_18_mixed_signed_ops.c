#include "test.h"

int main(void) {
  int a = -7;
  unsigned b = 2;
  ASSERT(2147483644u, a / b); /* a converts to unsigned */
  ASSERT(1, a % b);
  long c = -7;
  ASSERT(-3, c / b);  /* b converts to long */
  ASSERT(-1, c % b);
  ASSERT(-3, a / (int)b);
  ASSERT(4294967289u, a + 0u);
  unsigned char uc = 200;
  ASSERT(-200, -uc);
  ASSERT(1, uc * uc == 40000);
  return 0;
}
