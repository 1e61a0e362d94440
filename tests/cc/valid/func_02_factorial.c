#include "test.h"

long fact(int n) { return n <= 1 ? 1 : n * fact(n - 1); }

unsigned long choose(int n, int k) {
  unsigned long r = 1;
  for (int i = 1; i <= k; i++)
    r = r * (n - k + i) / i;
  return r;
}

int main(void) {
  ASSERT(1, fact(0));
  ASSERT(120, fact(5));
  ASSERT(3628800, fact(10));
  ASSERT(2432902008176640000L, fact(20));
  ASSERT(10, choose(5, 2));
  ASSERT(184756, choose(20, 10));
  ASSERT(1, choose(7, 0));
  return 0;
}
