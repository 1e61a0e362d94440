#include "test.h"

int main(void) {
  unsigned u = 3;
  long l = -5;
  ASSERT(-2, u + l); /* long can hold all unsigned values */
  unsigned long ul = 3;
  int i = -5;
  ASSERT(1, ul + i == 18446744073709551614UL);
  unsigned short us = 3;
  ASSERT(-2, us + i); /* promoted to int */
  ASSERT(1, u - 4 > 0);
  ASSERT(1, us - 4 < 0);
  return 0;
}
