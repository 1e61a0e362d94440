#include "test.h"

int sum(const int *a, int n) { return n == 0 ? 0 : a[0] + sum(a + 1, n - 1); }

int max(const int *a, int n) {
  if (n == 1)
    return a[0];
  int m = max(a + 1, n - 1);
  return a[0] > m ? a[0] : m;
}

int bsearch_rec(const int *a, int lo, int hi, int key) {
  if (lo > hi)
    return -1;
  int mid = lo + (hi - lo) / 2;
  if (a[mid] == key)
    return mid;
  return a[mid] < key ? bsearch_rec(a, mid + 1, hi, key) : bsearch_rec(a, lo, mid - 1, key);
}

int main(void) {
  int a[] = {2, 3, 5, 7, 11, 13, 17, 19, 23};
  ASSERT(100, sum(a, 9));
  ASSERT(23, max(a, 9));
  ASSERT(4, bsearch_rec(a, 0, 8, 11));
  ASSERT(0, bsearch_rec(a, 0, 8, 2));
  ASSERT(8, bsearch_rec(a, 0, 8, 23));
  ASSERT(-1, bsearch_rec(a, 0, 8, 4));
  return 0;
}
