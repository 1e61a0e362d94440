#include "test.h"

int main(void) {
  ASSERT(14, 2 + 3 * 4);
  ASSERT(20, (2 + 3) * 4);
  ASSERT(1, 10 - 6 - 3);
  ASSERT(7, 10 - (6 - 3));
  ASSERT(2, 16 / 4 / 2);
  ASSERT(8, 16 / (4 / 2));
  ASSERT(11, 1 + 20 % 6 * 5);
  ASSERT(-9, -3 * 3);
  ASSERT(3, -(-3));
  ASSERT(-1, -10 / 7 + 0 * 5);
  return 0;
}
