#include "test.h"

#define SWAP(type, a, b) \
  do {                   \
    type tmp_ = (a);     \
    (a) = (b);           \
    (b) = tmp_;          \
  } while (0)

#define SUM3(a, \
             b, \
             c) ((a) + (b) + (c))

int main(void) {
  int x = 1, y = 2;
  SWAP(int, x, y);
  ASSERT(2, x);
  ASSERT(1, y);
  long p = 5, q = 6;
  if (p < q)
    SWAP(long, p, q);
  else
    p = 0;
  ASSERT(6, p);
  ASSERT(6, SUM3(1,
                 2,
                 3));
  return 0;
}
