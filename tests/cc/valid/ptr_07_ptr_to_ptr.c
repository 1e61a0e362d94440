#include "test.h"

void set_to_max(int **out, int *a, int n) {
  *out = a;
  for (int i = 1; i < n; i++)
    if (a[i] > **out)
      *out = &a[i];
}

int main(void) {
  int a[] = {3, 9, 2, 9, 4};
  int *m;
  set_to_max(&m, a, 5);
  ASSERT(9, *m);
  ASSERT(1, m - a);
  int ***ppp;
  int **pp = &m;
  ppp = &pp;
  ***ppp = 100;
  ASSERT(100, a[1]);
  return 0;
}
