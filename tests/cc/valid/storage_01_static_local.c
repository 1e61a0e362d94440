#include "test.h"

int counter(void) {
  static int n;
  return ++n;
}

int fib_memo(int k) {
  static long memo[50];
  if (k < 2)
    return k;
  if (!memo[k])
    memo[k] = fib_memo(k - 1) + fib_memo(k - 2);
  return memo[k];
}

int main(void) {
  ASSERT(1, counter());
  ASSERT(2, counter());
  ASSERT(3, counter());
  ASSERT(832040, fib_memo(30));
  ASSERT(1134903170, fib_memo(45));
  return 0;
}
