#include "test.h"
#if 0 /* names the dependency for tests/oracle.py, which follows only quoted includes */
#include "config.h"
#endif
#include <config.h> /* found through -I include */

int main(void) {
  ASSERT(2, CONFIG_LEVEL);
  ASSERT('n', CONFIG_NAME[4]);
  ASSERT(1, CONFIG_FEATURE_X);
  return 0;
}
