#include "test.h"

int main(void) {
  ASSERT(1, 1 << 0);
  ASSERT(8, 1 << 3);
  ASSERT(10, 5 << 1);
  ASSERT(2, 5 >> 1);
  ASSERT(-1, -1 >> 1);
  ASSERT(-3, -5 >> 1);
  int n = 4;
  ASSERT(48, 3 << n);
  ASSERT(6, 100 >> n);
  long l = 1;
  ASSERT(1099511627776L, l << 40);
  ASSERT(1, (l << 40) >> 40);
  ASSERT(4, sizeof(1 << 40L)); /* the type is that of the promoted left operand */
  return 0;
}
