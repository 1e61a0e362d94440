#include "test.h"

int main(void) {
  int s = 0;
  for (int i = 0; i < 5; i++)
    s += i;
  ASSERT(10, s);
  int j;
  for (j = 10; j > 0; j -= 3)
    ;
  ASSERT(-2, j);
  int k = 0;
  for (;;) {
    if (++k == 7)
      break;
  }
  ASSERT(7, k);
  int a, b;
  for (a = 0, b = 10; a < b; a++, b--)
    ;
  ASSERT(5, a);
  ASSERT(5, b);
  for (int x = 0, y = 5; x < y; x += 2)
    s += y;
  ASSERT(25, s);
  return 0;
}
