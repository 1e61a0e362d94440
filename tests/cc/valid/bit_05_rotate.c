#include "test.h"

unsigned rotl32(unsigned x, int n) { return (x << n) | (x >> (32 - n)); }
unsigned rotr32(unsigned x, int n) { return (x >> n) | (x << (32 - n)); }
unsigned long rotl64(unsigned long x, int n) { return (x << n) | (x >> (64 - n)); }

int main(void) {
  ASSERT(0x00000003u, rotl32(0x80000001u, 1));
  ASSERT(0xc0000000u, rotr32(0x80000001u, 1));
  ASSERT(0x34567812u, rotl32(0x12345678u, 8));
  ASSERT(0x78123456u, rotr32(0x12345678u, 8));
  ASSERT(1, rotl64(1UL << 63, 1));
  ASSERT(0x23456789abcdef01UL, rotl64(0x0123456789abcdefUL, 8));
  return 0;
}
