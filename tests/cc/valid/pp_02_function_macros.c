#include "test.h"

#define SQ(x) ((x) * (x))
#define MAX(a, b) ((a) > (b) ? (a) : (b))
#define ADD3(a, b, c) (a + b + c)
#define NOARGS() 42
#define BADSQ(x) x * x

int main(void) {
  ASSERT(25, SQ(5));
  ASSERT(25, SQ(2 + 3));
  ASSERT(11, BADSQ(2 + 3)); /* 2 + 3 * 2 + 3 */
  ASSERT(9, MAX(4, 9));
  ASSERT(-1, MAX(-1, -7));
  ASSERT(6, ADD3(1, 2, 3));
  ASSERT(42, NOARGS());
  ASSERT(100, SQ(SQ(3)) + SQ(MAX(1, 4)) + 3);
  return 0;
}
