#include "test.h"

int main(void) {
  int a, b, c;
  a = b = c = 5;
  ASSERT(15, a + b + c);
  ASSERT(7, (a = 7));
  char ch;
  int big = 300;
  int r = (ch = big);
  ASSERT(44, r);
  long l;
  int i = (int)(l = 0x100000001L);
  ASSERT(1, i);
  int x = 0;
  if ((x = 3) > 2)
    x *= 2;
  ASSERT(6, x);
  return 0;
}
