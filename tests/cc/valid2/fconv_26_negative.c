#include "ftest.h"
#include "test.h"

int main(void) {
  int i = -1;
  ASSERT_D(-1.0, i);
  unsigned u = (unsigned)i;
  ASSERT_D(4294967295.0, u);
  long l = i;
  ASSERT_D(-1.0, l);
  unsigned long ul = (unsigned long)l;
  ASSERT_D(0x1p64, ul);
  short s = -2;
  unsigned short us = (unsigned short)s;
  ASSERT_D(65534.0, us);
  signed char sc = -3;
  unsigned char uc = (unsigned char)sc;
  ASSERT_D(253.0, uc);
  double d = -5.5;
  int di = d;
  unsigned char back = (unsigned char)di;
  ASSERT(251, back);
  long ld = -1e15;
  ASSERT(-1000000000000000L, ld);
  return 0;
}
