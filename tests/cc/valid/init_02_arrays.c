#include "test.h"

int main(void) {
  int a[5] = {1, 2, 3};
  ASSERT(3, a[2]);
  ASSERT(0, a[3]);
  ASSERT(0, a[4]);
  int b[] = {5, 6, 7, 8};
  ASSERT(16, sizeof b);
  int c[4] = {0};
  ASSERT(0, c[0] + c[1] + c[2] + c[3]);
  int d[3] = {1, 2, 3,};
  ASSERT(6, d[0] + d[1] + d[2]);
  long e[2][3] = {{1, 2, 3}, {4}};
  ASSERT(4, e[1][0]);
  ASSERT(0, e[1][2]);
  return 0;
}
