#include "test.h"

int add(int a, int b) { return a + b; }
int mul(int a, int b) { return a * b; }

int main(void) {
  ASSERT(21, add(mul(2, 3), mul(3, 5)));
  ASSERT(100, mul(add(1, add(2, 2)), add(mul(2, 5), 10)));
  ASSERT(10, add(add(add(1, 2), 3), 4));
  int x = 3;
  ASSERT(12, mul(x, add(x, 1)));
  return 0;
}
