#include "test.h"

int main(void) {
  char c = -1;
  ASSERT(255, c); /* plain char is unsigned on RISC-V Linux */
  ASSERT(1, c > 0);
  ASSERT(1, (char)-1 > 0);
  ASSERT(128, (char)128);
  char d = 200;
  ASSERT(200, d);
  ASSERT(1, d > 100);
  signed char e = 200;
  ASSERT(-56, e);
  ASSERT(1, e < 0);
  return 0;
}
