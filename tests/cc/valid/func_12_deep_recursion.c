#include "test.h"

long depth(long n) { return n == 0 ? 0 : 1 + depth(n - 1); }

int collatz_steps(long n) {
  if (n == 1)
    return 0;
  return 1 + collatz_steps(n % 2 ? 3 * n + 1 : n / 2);
}

int main(void) {
  ASSERT(5000, depth(5000));
  ASSERT(0, collatz_steps(1));
  ASSERT(111, collatz_steps(27));
  ASSERT(19, collatz_steps(9));
  return 0;
}
