#include "test.h"

struct l1 {
  long v;
};

static struct l1 shl(struct l1 s, int n) {
  s.v <<= n;
  return s;
}
static struct l1 pick(int which, struct l1 a, struct l1 b) { return which ? a : b; }

int main(void) {
  ASSERT(8, sizeof(struct l1));
  struct l1 a = {3}, b = {-1};
  ASSERT(3L << 40, shl(a, 40).v);
  ASSERT(-1, pick(0, a, b).v);
  ASSERT(3, pick(1, a, b).v);
  ASSERT(-256, shl(pick(0, a, b), 8).v);
  return 0;
}
