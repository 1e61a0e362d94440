#include "test.h"

int *max_elem(int *a, int n) {
  int *m = a;
  for (int *p = a + 1; p < a + n; p++)
    if (*p > *m)
      m = p;
  return m;
}

int main(void) {
  int a[6] = {3, 7, 1, 7, 2, 0};
  int *m = max_elem(a, 6);
  ASSERT(1, m - a);
  *m = 0;
  m = max_elem(a, 6);
  ASSERT(3, m - a);
  ASSERT(1, max_elem(a, 1) == a);
  return 0;
}
