#include "test.h"

int main(void) {
  int a, b, c;
  a = b = c = 9;
  ASSERT(27, a + b + c);
  a = 1;
  b = 2;
  c = 3;
  a += b += c += 1;
  ASSERT(4, c);
  ASSERT(6, b);
  ASSERT(7, a);
  int x = 0;
  int r = x ? 1 : x + 1 ? 2 : 3;
  ASSERT(2, r);
  return 0;
}
