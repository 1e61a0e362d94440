#include "test.h"

#define INC(x) ((x) + 1)
#define TWICE(f, x) f(f(x))
#define CALL(m, ...) m(__VA_ARGS__)
#define ADD(a, b) ((a) + (b))
#define G(x) x + 1
#define F(x) G(x) * 2

int main(void) {
  ASSERT(7, TWICE(INC, 5));
  ASSERT(9, CALL(ADD, 4, 5));
  ASSERT(6, INC(INC(INC(3))));
  ASSERT(5, F(3)); /* 3 + 1 * 2 */
  ASSERT(8, (F(3)) + 3);
  return 0;
}
