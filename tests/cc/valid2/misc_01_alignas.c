#include <stdalign.h>
#include <stddef.h>
#include <stdint.h>
#include "test.h"

struct s {
  char c;
  _Alignas(16) int x;
  alignas(double) char d;
};

_Alignas(32) static char buf[5];
alignas(64) int big_aligned;

int main(void) {
  ASSERT(1, _Alignof(char));
  ASSERT(2, _Alignof(short));
  ASSERT(4, _Alignof(float));
  ASSERT(8, _Alignof(double));
  ASSERT(16, _Alignof(long double));
  ASSERT(8, _Alignof(void *));
  ASSERT(16, _Alignof(struct s));
  ASSERT(32, sizeof(struct s));
  ASSERT(16, offsetof(struct s, x));
  ASSERT(24, offsetof(struct s, d));
  ASSERT(0, (uintptr_t)buf % 32);
  ASSERT(0, (uintptr_t)&big_aligned % 64);
  _Alignas(128) char local[3];
  ASSERT(0, (uintptr_t)local % 128);
  alignas(long double) double d = 1;
  ASSERT(0, (uintptr_t)&d % 16);
  ASSERT(8, alignof(max_align_t) >= 8 ? 8 : 0);
  _Alignas(int) char c4[4];
  ASSERT(0, (uintptr_t)c4 % 4);
  return (int)(local[0] = 0) + (int)(c4[0] = 0);
}
