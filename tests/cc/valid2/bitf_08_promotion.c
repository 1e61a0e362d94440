#include "test.h"

struct s {
  unsigned u3 : 3;
  unsigned u31 : 31;
  unsigned u32 : 32;
  unsigned long ul40 : 40;
};

int main(void) {
  struct s x = {5, 5, 5, 5};
  /* narrower than int: promoted to (signed) int */
  ASSERT(1, x.u3 - 6 < 0);
  ASSERT(1, x.u31 - 6 < 0);
  /* as wide as int and unsigned: stays unsigned int */
  ASSERT(0, x.u32 - 6 < 0);
  ASSERT(4294967295u, x.u32 - 6);
  ASSERT(0, x.ul40 - 6 < 0);
  ASSERT(4, sizeof(x.u3 + 0));
  ASSERT(4, sizeof(x.u32 + 0));
  ASSERT(8, sizeof(x.ul40 + 0));
  ASSERT(-5, -x.u3);
  ASSERT(4294967291u, -x.u32);
  x.u3 = 7;
  ASSERT(49, x.u3 * x.u3);
  ASSERT(1, x.u3 > -1);
  ASSERT(0, x.u32 > -1); /* -1 converts to UINT_MAX */
  return 0;
}
