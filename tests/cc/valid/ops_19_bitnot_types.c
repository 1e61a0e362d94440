#include "test.h"

int main(void) {
  unsigned char c = 0;
  ASSERT(-1, ~c);            /* promoted to int first */
  ASSERT(255, (unsigned char)~c);
  unsigned short s = 0xff00;
  ASSERT(-65281, ~s);
  unsigned u = 0;
  ASSERT(4294967295u, ~u);
  long l = 0;
  ASSERT(-1, ~l);
  ASSERT(1, ~0UL == 18446744073709551615UL);
  return 0;
}
