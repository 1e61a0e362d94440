#include "test.h"

int main(void) {
  int i = -1;
  unsigned u = 1;
  ASSERT(1, i > u); /* i converts to unsigned */
  ASSERT(0, (long)i > (long)u);
  long l = -1;
  ASSERT(0, l > u); /* unsigned int fits in long */
  unsigned long ul = 1;
  ASSERT(1, l > ul);
  ASSERT(4294967295u, i + 0u);
  ASSERT(8, sizeof(i + l));
  ASSERT(4, sizeof(i + u));
  ASSERT(8, sizeof(u + l));
  return 0;
}
