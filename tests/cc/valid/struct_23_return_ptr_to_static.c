#include "test.h"

struct pair {
  int lo, hi;
};

struct pair *minmax(const int *a, int n) {
  static struct pair r;
  r.lo = r.hi = a[0];
  for (int i = 1; i < n; i++) {
    if (a[i] < r.lo)
      r.lo = a[i];
    if (a[i] > r.hi)
      r.hi = a[i];
  }
  return &r;
}

int main(void) {
  int a[] = {4, -2, 9, 0, 7};
  struct pair *p = minmax(a, 5);
  ASSERT(-2, p->lo);
  ASSERT(9, p->hi);
  ASSERT(4, minmax(a, 1)->hi);
  ASSERT(4, p->lo); /* the same static object was overwritten */
  return 0;
}
