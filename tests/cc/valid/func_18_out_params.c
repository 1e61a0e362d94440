#include "test.h"

void divmod(long a, long b, long *q, long *r) {
  *q = a / b;
  *r = a % b;
}

int minmax(const int *a, int n, int *lo, int *hi) {
  if (n == 0)
    return 0;
  *lo = *hi = a[0];
  for (int i = 1; i < n; i++) {
    if (a[i] < *lo)
      *lo = a[i];
    if (a[i] > *hi)
      *hi = a[i];
  }
  return 1;
}

int main(void) {
  long q, r;
  divmod(17, 5, &q, &r);
  ASSERT(3, q);
  ASSERT(2, r);
  divmod(-17, 5, &q, &r);
  ASSERT(-3, q);
  ASSERT(-2, r);
  int a[] = {4, -9, 12, 0}, lo = 0, hi = 0;
  ASSERT(1, minmax(a, 4, &lo, &hi));
  ASSERT(-9, lo);
  ASSERT(12, hi);
  ASSERT(0, minmax(a, 0, &lo, &hi));
  return 0;
}
