#include "test.h"

#pragma GCC diagnostic ignored "-Wparentheses"

int main(void) {
  int a = 2, b = 3, c = 4;
  ASSERT(1, a < b == b < c);
  ASSERT(14, a + b * c);
  ASSERT(10, a * b + c);
  ASSERT(7, a ^ b * 2 - 1);
  ASSERT(0, a & b && c & 0);
  ASSERT(1, a | b && c | 0);
  ASSERT(3, a ? b : c ? a : b);
  ASSERT(2, !a + a);
  ASSERT(-2, -a++ + 0);
  ASSERT(3, a);
  ASSERT(8, 1 << a);
  int x = 1;
  x += a *= 2;
  ASSERT(7, x);
  ASSERT(6, a);
  return 0;
}
