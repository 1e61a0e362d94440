#include "test.h"

int main(void) {
  int a = 3;
  int b = 5 * 6 - 8;
  int c;
  c = a + b / 2;
  ASSERT(3, a);
  ASSERT(22, b);
  ASSERT(14, c);
  int foo = 1, bar = 2;
  ASSERT(3, foo + bar);
  int x, y, z;
  x = y = z = 7;
  ASSERT(21, x + y + z);
  return 0;
}
