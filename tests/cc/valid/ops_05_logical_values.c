#include "test.h"

int main(void) {
  ASSERT(1, 5 && 7);
  ASSERT(1, -1 || 0);
  ASSERT(0, 0 || 0);
  ASSERT(1, !!42);
  ASSERT(4, sizeof(1 && 2));
  long big = 0x100000000L;
  ASSERT(1, big && 1);
  ASSERT(0, !big);
  const char *s = "";
  ASSERT(1, s && !*s);
  ASSERT(1, (3 > 2) + (2 > 1) == 2);
  return 0;
}
