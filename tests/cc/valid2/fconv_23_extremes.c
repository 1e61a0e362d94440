#include <limits.h>
#include <stdint.h>
#include "test.h"

int main(void) {
  double d;
  d = INT_MIN;
  ASSERT(INT_MIN, (int)d);
  d = INT_MAX;
  ASSERT(INT_MAX, (int)d);
  d = LONG_MIN;
  ASSERT(LONG_MIN, (long)d);
  d = INT64_MIN;
  ASSERT(INT64_MIN, (int64_t)d);
  d = UINT32_MAX;
  ASSERT(UINT32_MAX, (uint32_t)d);
  d = INT16_MIN;
  ASSERT(INT16_MIN, (int16_t)d);
  d = UINT16_MAX;
  ASSERT(UINT16_MAX, (uint16_t)d);
  d = INT8_MIN;
  ASSERT(INT8_MIN, (int8_t)d);
  float f = INT_MIN;
  ASSERT(INT_MIN, (int)f);
  f = LONG_MIN;
  ASSERT(LONG_MIN, (long)f);
  f = 0x1.fffffep30f;
  ASSERT(2147483520, (int)f);
  return 0;
}
