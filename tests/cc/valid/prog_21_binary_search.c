#include "test.h"

int lower_bound(const int *a, int n, int key) {
  int lo = 0, hi = n;
  while (lo < hi) {
    int mid = lo + (hi - lo) / 2;
    if (a[mid] < key)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo;
}

int main(void) {
  int a[] = {1, 3, 3, 3, 5, 8, 13, 21, 34};
  ASSERT(0, lower_bound(a, 9, 0));
  ASSERT(0, lower_bound(a, 9, 1));
  ASSERT(1, lower_bound(a, 9, 3));
  ASSERT(4, lower_bound(a, 9, 4));
  ASSERT(8, lower_bound(a, 9, 34));
  ASSERT(9, lower_bound(a, 9, 35));
  ASSERT(0, lower_bound(a, 0, 5));
  return 0;
}
