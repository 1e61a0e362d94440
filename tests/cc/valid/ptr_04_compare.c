#include "test.h"

int main(void) {
  int a[4];
  int *p = &a[1], *q = &a[3];
  ASSERT(1, p < q);
  ASSERT(0, p > q);
  ASSERT(1, p <= p);
  ASSERT(1, q >= p);
  ASSERT(0, p == q);
  ASSERT(1, p != q);
  ASSERT(1, p + 2 == q);
  int *n = 0;
  ASSERT(1, n == 0);
  ASSERT(0, p == 0);
  ASSERT(1, !n);
  ASSERT(0, !p);
  return 0;
}
