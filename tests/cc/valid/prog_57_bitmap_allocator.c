#include "test.h"

static unsigned long map; /* 64 blocks */

int alloc_run(int n) {
  unsigned long mask = n == 64 ? ~0UL : (1UL << n) - 1;
  for (int start = 0; start + n <= 64; start++)
    if (!(map & (mask << start))) {
      map |= mask << start;
      return start;
    }
  return -1;
}

void free_run(int start, int n) {
  unsigned long mask = n == 64 ? ~0UL : (1UL << n) - 1;
  map &= ~(mask << start);
}

int main(void) {
  ASSERT(0, alloc_run(4));
  ASSERT(4, alloc_run(8));
  ASSERT(12, alloc_run(1));
  free_run(4, 8);
  ASSERT(4, alloc_run(3));
  ASSERT(7, alloc_run(5));
  ASSERT(13, alloc_run(40));
  ASSERT(-1, alloc_run(20));
  ASSERT(53, alloc_run(11));
  ASSERT(1, map == ~0UL);
  return 0;
}
