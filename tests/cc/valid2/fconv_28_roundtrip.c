#include <stdint.h>
#include "test.h"

int main(void) {
  int ok = 0;
  for (int k = 0; k < 64; k++) {
    uint64_t v = (uint64_t)1 << k;
    double d = (double)v;
    if ((uint64_t)d == v)
      ok++;
  }
  ASSERT(64, ok);
  ok = 0;
  for (int k = 0; k < 63; k++) {
    int64_t v = -((int64_t)1 << k);
    float f = (float)v;
    if ((int64_t)f == v)
      ok++;
  }
  ASSERT(63, ok);
  ok = 0;
  for (uint32_t v = 1; v < 100000000u; v = v * 7 + 3) {
    double d = v;
    if ((uint32_t)d == v)
      ok++;
  }
  ASSERT(10, ok);
  uint64_t m = 0x001fffffffffffffULL; /* 53 bits: exact */
  ASSERT(1, (uint64_t)(double)m == m);
  m = 0x003fffffffffffffULL; /* 54 bits: rounds */
  ASSERT(1, (uint64_t)(double)m == m + 1);
  return 0;
}
