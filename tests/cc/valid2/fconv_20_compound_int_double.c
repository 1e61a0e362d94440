#include "test.h"

int main(void) {
  int i = 10;
  i *= 0.33;
  ASSERT(3, i);
  i += 0.99;
  ASSERT(3, i);
  i -= -0.5;
  ASSERT(3, i);
  i /= 0.1;
  ASSERT(30, i);
  short s = 1000;
  s *= 1.5;
  ASSERT(1500, s);
  unsigned u = 4000000000u;
  u -= 0.5;
  ASSERT(3999999999u, u);
  u += 0.25;
  ASSERT(3999999999u, u);
  long l = 1L << 55;
  l += 1.0; /* computed in double: the 1 is lost */
  ASSERT(1L << 55, l);
  char c = 'a';
  c += 1.7;
  ASSERT('b', c);
  unsigned char uc = 10;
  uc *= 25.5;
  ASSERT(255, uc);
  return 0;
}
