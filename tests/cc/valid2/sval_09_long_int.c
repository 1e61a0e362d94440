#include "test.h"

struct entry {
  long key;
  int count;
};

static struct entry bump(struct entry e, int by) {
  e.count += by;
  e.key ^= 0xff;
  return e;
}
static struct entry larger(struct entry a, struct entry b) { return a.count >= b.count ? a : b; }

int main(void) {
  ASSERT(16, sizeof(struct entry));
  struct entry a = {1000000000000L, 3}, b = {-5, 4};
  struct entry c = bump(a, 2);
  ASSERT(1000000000000L ^ 0xff, c.key);
  ASSERT(5, c.count);
  ASSERT(3, a.count);
  ASSERT(-5, larger(a, b).key);
  ASSERT(1000000000000L ^ 0xff, larger(c, b).key);
  ASSERT(4, larger(bump(a, 1), b).count);
  return 0;
}
