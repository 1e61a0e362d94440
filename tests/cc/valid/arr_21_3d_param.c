#include "test.h"

int sum3(int a[][3][4], int n) {
  int s = 0;
  for (int i = 0; i < n; i++)
    for (int j = 0; j < 3; j++)
      for (int k = 0; k < 4; k++)
        s += a[i][j][k];
  return s;
}

int main(void) {
  int a[2][3][4];
  for (int i = 0; i < 2; i++)
    for (int j = 0; j < 3; j++)
      for (int k = 0; k < 4; k++)
        a[i][j][k] = i + j + k;
  ASSERT(30, sum3(a, 1));
  ASSERT(72, sum3(a, 2));
  ASSERT(42, sum3(a + 1, 1));
  int (*p)[3][4] = a;
  ASSERT(6, p[1][2][3]);
  return 0;
}
