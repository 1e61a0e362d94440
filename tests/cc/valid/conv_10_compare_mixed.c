#include "test.h"

int main(void) {
  unsigned char uc = 255;
  signed char sc = -1;
  ASSERT(0, uc == sc); /* 255 vs -1 after promotion */
  ASSERT(1, uc == (unsigned char)sc);
  unsigned short us = 65535;
  short ss = -1;
  ASSERT(0, us == ss);
  unsigned ui = 4294967295u;
  int si = -1;
  ASSERT(1, ui == si); /* both unsigned */
  long long ll = -1;
  ASSERT(0, ll == ui); /* ui fits in long long */
  return 0;
}
