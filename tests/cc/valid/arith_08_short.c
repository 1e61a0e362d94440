#include "test.h"

int main(void) {
  short a = 30000;
  short b = 2;
  int c = a * b; /* promoted to int: no overflow */
  ASSERT(60000, c);
  short d = -32768;
  ASSERT(-32768, d);
  ASSERT(32768, -d);
  unsigned short e = 65535;
  ASSERT(65536, e + 1);
  e = e + 1;
  ASSERT(0, e);
  ASSERT(2, sizeof(short));
  ASSERT(4, sizeof(a + b));
  return 0;
}
