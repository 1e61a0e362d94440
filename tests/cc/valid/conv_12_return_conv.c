#include "test.h"

long l_from_i(int x) { return x; }
unsigned long ul_from_i(int x) { return x; }
int i_from_ul(unsigned long x) { return (int)x; }
unsigned u_from_l(long x) { return (unsigned)x; }

int main(void) {
  ASSERT(-1, l_from_i(-1));
  ASSERT(1, ul_from_i(-1) == 18446744073709551615UL);
  ASSERT(-1, i_from_ul(0xffffffffUL));
  ASSERT(5, i_from_ul(0x700000005UL));
  ASSERT(4294967295u, u_from_l(-1));
  ASSERT(0, u_from_l(1L << 32));
  return 0;
}
