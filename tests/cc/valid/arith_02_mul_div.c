#include "test.h"

int main(void) {
  ASSERT(47, 5 + 6 * 7);
  ASSERT(15, 5 * (9 - 6));
  ASSERT(4, (3 + 5) / 2);
  ASSERT(6, 100 / 16);
  ASSERT(4, 100 % 16);
  ASSERT(720, 1 * 2 * 3 * 4 * 5 * 6);
  ASSERT(3, 7 / 2);
  ASSERT(1, 7 % 2);
  ASSERT(0, 2 / 7);
  return 0;
}
