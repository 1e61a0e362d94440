#include "test.h"
#include "config.h"

#if CONFIG_LEVEL >= 2 && defined(CONFIG_FEATURE_X)
#define HAS_FULL 1
#else
#define HAS_FULL 0
#endif

int main(void) {
  ASSERT(1, HAS_FULL);
  ASSERT('g', CONFIG_NAME[0]);
#ifdef CONFIG_FEATURE_Y
  ASSERT(1, 0);
#endif
  ASSERT(9, sizeof CONFIG_NAME);
  return 0;
}
