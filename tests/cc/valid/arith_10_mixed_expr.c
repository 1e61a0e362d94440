#include "test.h"

int f(int x) { return x * x - 2 * x + 1; }

int main(void) {
  ASSERT(1, f(0));
  ASSERT(0, f(1));
  ASSERT(1, f(2));
  ASSERT(81, f(10));
  ASSERT(16, f(-3));
  int a = 7, b = 3;
  ASSERT(2, (a + b) / (a - b) * 1);
  ASSERT(23, a * b + a % b + (a > b));
  ASSERT(-4, b - a);
  return 0;
}
