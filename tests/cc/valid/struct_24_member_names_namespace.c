#include "test.h"

struct s {
  int s;     /* members have their own name space per struct */
  int x;
};

struct t {
  long x;
  struct s s;
};

int x = 100;

int main(void) {
  struct s s = {1, 2};
  struct t t = {3, {4, 5}};
  ASSERT(1, s.s);
  ASSERT(2, s.x);
  ASSERT(3, t.x);
  ASSERT(4, t.s.s);
  ASSERT(5, t.s.x);
  ASSERT(100, x);
  return 0;
}
