#include "test.h"

void add_arrays(int *restrict dst, const int *restrict a, const int *restrict b, int n) {
  for (int i = 0; i < n; i++)
    dst[i] = a[i] + b[i];
}

void copy(char *restrict d, const char *restrict s) {
  while ((*d++ = *s++))
    ;
}

int main(void) {
  int a[3] = {1, 2, 3}, b[3] = {10, 20, 30}, c[3];
  add_arrays(c, a, b, 3);
  ASSERT(11, c[0]);
  ASSERT(33, c[2]);
  char buf[8];
  copy(buf, "abc");
  ASSERT('c', buf[2]);
  int *restrict rp = a;
  ASSERT(2, rp[1]);
  return 0;
}
