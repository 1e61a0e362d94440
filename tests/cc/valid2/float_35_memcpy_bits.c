#include <string.h>
#include <stdint.h>
#include "ftest.h"
#include "test.h"

static uint64_t bits(double d) {
  uint64_t u;
  memcpy(&u, &d, sizeof u);
  return u;
}

static double from_bits(uint64_t u) {
  double d;
  memcpy(&d, &u, sizeof d);
  return d;
}

int main(void) {
  ASSERT(0x3ff0000000000000LL, bits(1.0));
  ASSERT(0x8000000000000000ULL, bits(-0.0));
  ASSERT(0x4000000000000000LL, bits(2.0));
  ASSERT(0x3fb999999999999aLL, bits(0.1));
  ASSERT_D(1.5, from_bits(0x3ff8000000000000ULL));
  ASSERT_D(-4.0, from_bits(0xc010000000000000ULL));
  double next = from_bits(bits(1.0) + 1);
  PD(next);
  PD(next - 1.0);
  double prev = from_bits(bits(1.0) - 1);
  PD(prev);
  float f = 2.5f;
  uint32_t fu;
  memcpy(&fu, &f, 4);
  ASSERT(0x40200000, fu);
  unsigned char bytes[8];
  double d = 1.0;
  memcpy(bytes, &d, 8);
  ASSERT(0x3f, bytes[7]);
  ASSERT(0xf0, bytes[6]);
  ASSERT(0, bytes[0]);
  return 0;
}
