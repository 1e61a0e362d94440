#include "test.h"

int main(void) {
  unsigned char a = 200, b = 100;
  ASSERT(300, a + b); /* both promoted to int */
  ASSERT(44, (unsigned char)(a + b));
  signed char c = -100, d = -100;
  ASSERT(-200, c + d);
  ASSERT(56, (signed char)(c + d));
  unsigned short s = 65535;
  ASSERT(-65535, -s); /* promoted to int before negation */
  ASSERT(4, sizeof(+a));
  ASSERT(1, sizeof(a));
  return 0;
}
