#include "test.h"

int main(void) {
  ASSERT(4, sizeof(1));
  ASSERT(8, sizeof(1L));
  ASSERT(8, sizeof(1l));
  ASSERT(8, sizeof(1LL));
  ASSERT(8, sizeof(1ll));
  ASSERT(4, sizeof(1U));
  ASSERT(4, sizeof(1u));
  ASSERT(8, sizeof(1UL));
  ASSERT(8, sizeof(1lu));
  ASSERT(8, sizeof(1ULL));
  ASSERT(8, sizeof(1llU));
  ASSERT(1, -1U > 0);
  ASSERT(0, -1L > 0);
  ASSERT(1, -1UL > 0);
  return 0;
}
