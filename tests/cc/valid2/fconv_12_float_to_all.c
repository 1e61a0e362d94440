#include "test.h"

int main(void) {
  float f = 100.75f;
  char c = f;
  signed char sc = -f;
  unsigned char uc = f * 2;
  short s = f * -300;
  unsigned short us = f * 600;
  int i = f * -1e6f;
  unsigned u = f * 4e7f;
  long l = f * 1e15f;
  unsigned long ul = f * 1e17f;
  long long ll = -f;
  unsigned long long ull = f;
  ASSERT(100, c);
  ASSERT(-100, sc);
  ASSERT(201, uc);
  ASSERT(-30225, s);
  ASSERT(60450, us);
  ASSERT(-100750000, i);
  ASSERT(4030000128u, u);
  ASSERT(100750002799771648L, l);
  ASSERT(10074999867660304384UL, ul);
  ASSERT(-100, ll);
  ASSERT(100, ull);
  return 0;
}
