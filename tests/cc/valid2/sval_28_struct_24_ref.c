#include "test.h"

struct triple {
  long a, b, c;
}; /* 24 bytes: passed by reference to a copy, returned through a hidden pointer */

static struct triple rotate(struct triple t) {
  long x = t.a;
  t.a = t.b;
  t.b = t.c;
  t.c = x;
  return t;
}
static long weigh(struct triple t) { return t.a + 10 * t.b + 100 * t.c; }
static void clobber(struct triple t) {
  t.a = t.b = t.c = -1;
  (void)t;
}

int main(void) {
  ASSERT(24, sizeof(struct triple));
  struct triple t = {1, 2, 3};
  ASSERT(321, weigh(t));
  ASSERT(132, weigh(rotate(t)));
  ASSERT(213, weigh(rotate(rotate(t))));
  ASSERT(321, weigh(rotate(rotate(rotate(t)))));
  clobber(t);
  ASSERT(1, t.a);
  t = rotate(t); /* the destination is also the source */
  ASSERT(2, t.a);
  ASSERT(1, t.c);
  return 0;
}
