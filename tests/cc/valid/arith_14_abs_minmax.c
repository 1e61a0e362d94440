#include "test.h"

int iabs(int x) { return x < 0 ? -x : x; }
int imin(int a, int b) { return a < b ? a : b; }
int imax(int a, int b) { return a > b ? a : b; }
long clamp(long v, long lo, long hi) { return v < lo ? lo : v > hi ? hi : v; }

int main(void) {
  ASSERT(5, iabs(-5));
  ASSERT(5, iabs(5));
  ASSERT(0, iabs(0));
  ASSERT(-3, imin(-3, 4));
  ASSERT(4, imax(-3, 4));
  ASSERT(10, clamp(99, 0, 10));
  ASSERT(0, clamp(-99, 0, 10));
  ASSERT(7, clamp(7, 0, 10));
  ASSERT(-2, imin(imax(-7, -2), 3));
  return 0;
}
