#include "test.h"

int main(void) {
  ASSERT(-3, -7 / 2);
  ASSERT(-1, -7 % 2);
  ASSERT(-3, 7 / -2);
  ASSERT(1, 7 % -2);
  ASSERT(3, -7 / -2);
  ASSERT(-1, -7 % -2);
  int a = -17, b = 5;
  ASSERT(-3, a / b);
  ASSERT(-2, a % b);
  ASSERT(a, (a / b) * b + a % b);
  b = -5;
  ASSERT(3, a / b);
  ASSERT(-2, a % b);
  return 0;
}
