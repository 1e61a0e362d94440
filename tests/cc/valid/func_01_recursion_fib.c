#include "test.h"

int fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

long fib_iter(int n) {
  long a = 0, b = 1;
  while (n-- > 0) {
    long t = a + b;
    a = b;
    b = t;
  }
  return a;
}

int main(void) {
  ASSERT(0, fib(0));
  ASSERT(1, fib(1));
  ASSERT(55, fib(10));
  ASSERT(610, fib(15));
  ASSERT(12586269025L, fib_iter(50));
  ASSERT(fib(18), fib_iter(18));
  return 0;
}
