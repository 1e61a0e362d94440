#include "test.h"

struct u128 {
  unsigned long lo, hi;
};

static struct u128 add(struct u128 a, struct u128 b) {
  struct u128 r;
  r.lo = a.lo + b.lo;
  r.hi = a.hi + b.hi + (r.lo < a.lo);
  return r;
}
static struct u128 mul64(unsigned long a, unsigned long b) {
  unsigned long al = a & 0xffffffff, ah = a >> 32, bl = b & 0xffffffff, bh = b >> 32;
  unsigned long ll = al * bl, lh = al * bh, hl = ah * bl, hh = ah * bh;
  unsigned long mid = (ll >> 32) + (lh & 0xffffffff) + (hl & 0xffffffff);
  struct u128 r = {(ll & 0xffffffff) | mid << 32, hh + (lh >> 32) + (hl >> 32) + (mid >> 32)};
  return r;
}

int main(void) {
  ASSERT(16, sizeof(struct u128));
  struct u128 a = {0xffffffffffffffffUL, 1}, b = {1, 2};
  struct u128 c = add(a, b);
  ASSERT(0, c.lo);
  ASSERT(4, c.hi);
  struct u128 m = mul64(0xffffffffffffffffUL, 0xffffffffffffffffUL);
  ASSERT(1, m.lo);
  ASSERT(0xfffffffffffffffeUL, m.hi);
  m = add(mul64(1UL << 63, 4), mul64(3, 5));
  ASSERT(15, m.lo);
  ASSERT(2, m.hi);
  return 0;
}
