#include "test.h"

static void sift_down(long *a, int start, int end) {
  int root = start;
  while (2 * root + 1 <= end) {
    int child = 2 * root + 1;
    if (child + 1 <= end && a[child] < a[child + 1])
      child++;
    if (a[root] >= a[child])
      return;
    long t = a[root];
    a[root] = a[child];
    a[child] = t;
    root = child;
  }
}

void heapsort(long *a, int n) {
  for (int start = (n - 2) / 2; start >= 0; start--)
    sift_down(a, start, n - 1);
  for (int end = n - 1; end > 0; end--) {
    long t = a[0];
    a[0] = a[end];
    a[end] = t;
    sift_down(a, 0, end - 1);
  }
}

int main(void) {
  long a[] = {9, -1, 5000000000L, 3, 3, -7000000000L, 0, 42, 8, 1};
  heapsort(a, 10);
  ASSERT(-7000000000L, a[0]);
  ASSERT(-1, a[1]);
  ASSERT(3, a[4]);
  ASSERT(42, a[8]);
  ASSERT(5000000000L, a[9]);
  for (int i = 1; i < 10; i++)
    ASSERT(1, a[i - 1] <= a[i]);
  return 0;
}
