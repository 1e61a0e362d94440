#include "test.h"

#pragma GCC diagnostic ignored "-Wunused-value"

#define FIRST(a, b) a
#define SECOND(a, b) b
#define APPLY(f, x) f(x)
#define DOUBLE(x) (2 * (x))
#define COMMA ,

int sum2(int a, int b) { return a + b; }

int main(void) {
  ASSERT(3, FIRST((1, 3), 2));
  ASSERT(3, SECOND(1, sum2(1, 2)));
  ASSERT(14, APPLY(DOUBLE, 7));
  ASSERT(4, APPLY(DOUBLE, FIRST(2, 9)));
  ASSERT('a', FIRST("a,b", c)[0]);
  ASSERT(',', SECOND(x, ',' ));
  ASSERT(7, sum2(3 COMMA 4));
  return 0;
}
