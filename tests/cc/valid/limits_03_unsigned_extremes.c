#include <stdint.h>
#include "test.h"

int main(void) {
  uint64_t m = UINT64_MAX;
  ASSERT(1, m + 1 == 0);
  ASSERT(1, m / 2 == (uint64_t)INT64_MAX);
  ASSERT(1, (int64_t)(m / 2 + 1) == INT64_MIN);
  uint32_t h = UINT32_MAX;
  ASSERT(0, (uint32_t)(h + 1));
  ASSERT(1, h * h == 1); /* unsigned int arithmetic wraps */
  uint16_t s = UINT16_MAX;
  ASSERT(65536, s + 1); /* promoted to int: no wrap */
  ASSERT(0, (uint16_t)(s + 1));
  return 0;
}
