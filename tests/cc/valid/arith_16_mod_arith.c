#include "test.h"

int mod(int a, int m) {
  int r = a % m;
  return r < 0 ? r + m : r;
}

int main(void) {
  ASSERT(2, mod(-1, 3));
  ASSERT(0, mod(-3, 3));
  ASSERT(1, mod(7, 3));
  ASSERT(6, mod(-8, 7));
  long big = 1000000007L;
  long x = 1;
  for (int i = 0; i < 40; i++)
    x = x * 3 % big;
  ASSERT(953271190, x);
  return 0;
}
