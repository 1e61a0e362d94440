#include "test.h"

int popcount(unsigned long x) {
  int n = 0;
  while (x) {
    x &= x - 1;
    n++;
  }
  return n;
}

int ctz(unsigned long x) {
  int n = 0;
  if (!x)
    return 64;
  while (!(x & 1)) {
    x >>= 1;
    n++;
  }
  return n;
}

int clz(unsigned long x) {
  int n = 0;
  for (unsigned long bit = 1UL << 63; bit && !(x & bit); bit >>= 1)
    n++;
  return n;
}

int main(void) {
  ASSERT(0, popcount(0));
  ASSERT(1, popcount(64));
  ASSERT(8, popcount(0xff));
  ASSERT(64, popcount(-1UL));
  ASSERT(32, popcount(0xaaaaaaaaaaaaaaaaUL));
  ASSERT(3, ctz(8));
  ASSERT(63, ctz(1UL << 63));
  ASSERT(64, ctz(0));
  ASSERT(63, clz(1));
  ASSERT(0, clz(-1UL));
  ASSERT(32, clz(0xffffffffUL));
  return 0;
}
