#include "test.h"

int main(void) {
  char a = 'a';
  ASSERT(97, a);
  ASSERT('b', a + 1);
  ASSERT(25, 'z' - a);
  ASSERT('A', a - 32);
  char digit = '7';
  ASSERT(7, digit - '0');
  ASSERT(4, sizeof('x')); /* character constants have type int */
  ASSERT(1, sizeof(a));
  ASSERT(4, sizeof(a + a));
  return 0;
}
