#include "test.h"

struct opts {
  int verbose;
  int level;
  const char *name;
  long limit;
};

int main(void) {
  struct opts o = {.name = "x", .level = 3};
  ASSERT(0, o.verbose);
  ASSERT(3, o.level);
  ASSERT('x', o.name[0]);
  ASSERT(0, o.limit);
  struct opts p = {.limit = 100, .verbose = 1, 2};
  ASSERT(1, p.verbose);
  ASSERT(2, p.level);
  ASSERT(100, p.limit);
  struct opts q = {9, .limit = 5};
  ASSERT(9, q.verbose);
  ASSERT(5, q.limit);
  return 0;
}
