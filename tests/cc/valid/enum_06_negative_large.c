#include "test.h"

enum small { S_MIN = -3, S_ZERO = 0, S_MAX = 3 };
enum big { B_LARGE = 2147483647 };
enum flags { F_A = 1 << 0, F_B = 1 << 1, F_C = 1 << 2, F_ALL = F_A | F_B | F_C };

int main(void) {
  enum small s = S_MIN;
  ASSERT(-3, s);
  ASSERT(1, s < S_ZERO);
  ASSERT(2147483647, B_LARGE);
  ASSERT(7, F_ALL);
  enum flags f = F_A | F_C;
  ASSERT(5, f);
  ASSERT(0, f & F_B);
  ASSERT(4, sizeof(enum flags));
  return 0;
}
