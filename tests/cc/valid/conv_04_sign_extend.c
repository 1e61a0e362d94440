#include "test.h"

int main(void) {
  signed char sc = -1;
  short s = -2;
  int i = -3;
  long l = sc;
  ASSERT(-1, l);
  l = s;
  ASSERT(-2, l);
  l = i;
  ASSERT(-3, l);
  unsigned int u = sc; /* sign-extended then reinterpreted */
  ASSERT(4294967295u, u);
  unsigned long ul = i;
  ASSERT(1, ul == 18446744073709551613UL);
  unsigned char uc = 255;
  int j = uc;
  ASSERT(255, j);
  return 0;
}
