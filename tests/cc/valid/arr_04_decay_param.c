#include "test.h"

#pragma GCC diagnostic ignored "-Wsizeof-array-argument"

long sum(int a[], int n) {
  long s = 0;
  for (int i = 0; i < n; i++)
    s += a[i];
  return s;
}

unsigned long param_size(int a[6]) { return sizeof(a); /* a is an int * */ }

void zero(int *a, int n) {
  while (n-- > 0)
    a[n] = 0;
}

int main(void) {
  int a[6] = {1, 2, 3, 4, 5, 6};
  ASSERT(21, sum(a, 6));
  ASSERT(9, sum(a + 3, 2));
  ASSERT(8, param_size(a));
  zero(a + 1, 4);
  ASSERT(7, sum(a, 6));
  return 0;
}
