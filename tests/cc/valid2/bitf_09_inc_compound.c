#include "test.h"

struct counters {
  unsigned small : 2;
  int sgn : 4;
  unsigned big : 10;
};

int main(void) {
  struct counters c = {0, 0, 0};
  for (int i = 0; i < 5; i++)
    c.small++;
  ASSERT(1, c.small);
  ASSERT(1, c.small++);
  ASSERT(3, ++c.small);
  ASSERT(0, ++c.small);
  c.sgn = 7;
  c.sgn += 0;
  ASSERT(7, c.sgn);
  c.sgn--;
  ASSERT(6, c.sgn);
  c.sgn -= 14;
  ASSERT(-8, c.sgn);
  c.big = 1000;
  c.big += 100; /* 1100 mod 1024 */
  ASSERT(76, c.big);
  c.big *= 20; /* 1520 mod 1024 */
  ASSERT(496, c.big);
  c.big >>= 4;
  ASSERT(31, c.big);
  c.big |= 0x300;
  ASSERT(799, c.big);
  c.big ^= c.big;
  ASSERT(0, c.big);
  return 0;
}
