#include "test.h"

int main(void) {
  ASSERT(2, 0 ? 1 : 2);
  ASSERT(1, 1 ? 1 : 2);
  ASSERT(-1, 0 ? -2 : -1);
  int x = 5;
  ASSERT(2, x > 3 ? x > 4 ? 2 : 1 : 0);
  ASSERT(3, x < 3 ? 1 : x < 4 ? 2 : 3);
  ASSERT(8, sizeof(0 ? 1 : 2L)); /* common type long */
  ASSERT(4, sizeof(1 ? 'a' : 'b'));
  int a = 1, b = 2;
  ASSERT(2, x > 0 ? b : a);
  return 0;
}
