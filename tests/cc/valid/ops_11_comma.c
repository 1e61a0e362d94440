#include "test.h"

#pragma GCC diagnostic ignored "-Wunused-value"

int main(void) {
  int a, b;
  ASSERT(3, (1, 2, 3));
  a = (b = 4, b + 1);
  ASSERT(5, a);
  ASSERT(4, b);
  int i, j;
  for (i = 0, j = 10; i < j; i += 2, j -= 2)
    ;
  ASSERT(6, i);
  int c = (a++, a++, a);
  ASSERT(7, c);
  ASSERT(8, sizeof(1, 2L));
  return 0;
}
