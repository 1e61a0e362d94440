#include "test.h"

#define BIT(n) (1u << (n))
#define SET(x, n) ((x) | BIT(n))
#define CLEAR(x, n) ((x) & ~BIT(n))
#define TOGGLE(x, n) ((x) ^ BIT(n))
#define TEST(x, n) (((x) >> (n)) & 1u)

int main(void) {
  unsigned flags = 0;
  flags = SET(flags, 3);
  flags = SET(flags, 0);
  ASSERT(9, flags);
  ASSERT(1, TEST(flags, 3));
  ASSERT(0, TEST(flags, 2));
  flags = TOGGLE(flags, 2);
  ASSERT(13, flags);
  flags = CLEAR(flags, 0);
  ASSERT(12, flags);
  flags = SET(flags, 31);
  ASSERT(2147483660u, flags);
  unsigned field = (0xabcd1234u >> 8) & 0xff;
  ASSERT(0x12, field);
  return 0;
}
