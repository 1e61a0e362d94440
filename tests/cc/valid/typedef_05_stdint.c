#include <stdint.h>
#include "test.h"

int main(void) {
  ASSERT(1, sizeof(int8_t));
  ASSERT(2, sizeof(uint16_t));
  ASSERT(4, sizeof(int32_t));
  ASSERT(8, sizeof(uint64_t));
  ASSERT(8, sizeof(intptr_t));
  uint8_t b = 255;
  b++;
  ASSERT(0, b);
  int16_t s = -32768;
  ASSERT(-32768, s);
  uint32_t u = UINT32_MAX;
  ASSERT(4294967295u, u);
  int64_t big = INT64_MIN;
  ASSERT(1, big < 0);
  ASSERT(127, INT8_MAX);
  return 0;
}
