#include "test.h"

int trace(int m[][3], int n) {
  int t = 0;
  for (int i = 0; i < n; i++)
    t += m[i][i];
  return t;
}

int total(int (*m)[3], int rows) {
  int t = 0;
  for (int i = 0; i < rows; i++)
    for (int j = 0; j < 3; j++)
      t += m[i][j];
  return t;
}

int main(void) {
  int m[3][3] = {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}};
  ASSERT(15, trace(m, 3));
  ASSERT(45, total(m, 3));
  ASSERT(39, total(m + 1, 2));
  return 0;
}
