#include "test.h"

long ipow(long b, int e) {
  long r = 1;
  while (e > 0) {
    if (e & 1)
      r *= b;
    b *= b;
    e >>= 1;
  }
  return r;
}

unsigned long powmod(unsigned long b, unsigned long e, unsigned long m) {
  unsigned long r = 1;
  b %= m;
  while (e) {
    if (e & 1)
      r = r * b % m;
    b = b * b % m;
    e /= 2;
  }
  return r;
}

int main(void) {
  ASSERT(1, ipow(7, 0));
  ASSERT(1024, ipow(2, 10));
  ASSERT(-27, ipow(-3, 3));
  ASSERT(1000000000000L, ipow(10, 12));
  ASSERT(445, powmod(4, 13, 497));
  ASSERT(1, powmod(3, 1000000006, 1000000007));
  return 0;
}
