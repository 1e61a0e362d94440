#include <stdbool.h>
#include "test.h"

struct opts {
  bool verbose : 1;
  bool quiet : 1;
  unsigned level : 3;
  bool force : 1;
};

int main(void) {
  ASSERT(4, sizeof(struct opts));
  struct opts o = {0};
  o.verbose = 5; /* converted to _Bool first: 1 */
  ASSERT(1, o.verbose);
  o.quiet = 0.5;
  ASSERT(1, o.quiet);
  o.force = 2;
  ASSERT(1, o.force);
  o.force = !o.force;
  ASSERT(0, o.force);
  o.level = 6;
  ASSERT(3, o.verbose + o.quiet + o.force + (o.level > 5));
  bool b = o.level;
  ASSERT(1, b);
  return 0;
}
