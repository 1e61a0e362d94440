#include "test.h"

struct flags {
  unsigned a : 1;
  unsigned b : 3;
  unsigned c : 7;
  unsigned d : 21;
};

static unsigned value(unsigned v) { return v; }

int main(void) {
  ASSERT(4, sizeof(struct flags));
  struct flags f = {1, 5, 100, 1000000};
  ASSERT(1, f.a);
  ASSERT(5, f.b);
  ASSERT(100, f.c);
  ASSERT(1000000, f.d);
  f.b = value(9); /* modulo 8 */
  ASSERT(1, f.b);
  f.c = value(255);
  ASSERT(127, f.c);
  f.d = value(0x3fffff);
  ASSERT(0x1fffff, f.d);
  ASSERT(1, f.a);
  f.a = value(2);
  ASSERT(0, f.a);
  ASSERT(1, f.b);
  return 0;
}
