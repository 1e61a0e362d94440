#include "test.h"

struct two {
  long lo, hi;
};

/* seven ints take a0-a6: the struct's first half goes in a7, the second on the stack */
static long split(int a, int b, int c, int d, int e, int f, int g, struct two s) {
  return a + b + c + d + e + f + g + s.lo * 100 + s.hi * 10000;
}

/* eight ints: the whole struct on the stack */
static long stacked(int a, int b, int c, int d, int e, int f, int g, int h, struct two s,
                    int after) {
  return a + b + c + d + e + f + g + h + s.lo * 100 + s.hi * 10000 + after * 1000000L;
}

/* a split struct followed by more arguments on the stack */
static long split_more(int a, int b, int c, int d, int e, int f, int g, struct two s,
                       struct two t, long z) {
  return a + b + c + d + e + f + g + (s.lo - t.lo) * 100 + (s.hi - t.hi) * 10000 + z;
}

int main(void) {
  struct two s = {3, 4}, t = {1, 1};
  ASSERT(40328, split(1, 2, 3, 4, 5, 6, 7, s));
  ASSERT(5040336, stacked(1, 2, 3, 4, 5, 6, 7, 8, s, 5));
  ASSERT(30228 + 1000000, split_more(1, 2, 3, 4, 5, 6, 7, s, t, 1000000));
  return 0;
}
