#include "test.h"

/* determinant by cofactor expansion, integers only */
long det(long m[6][6], int n) {
  if (n == 1)
    return m[0][0];
  long total = 0, sub[6][6];
  for (int col = 0; col < n; col++) {
    for (int i = 1; i < n; i++)
      for (int j = 0, k = 0; j < n; j++)
        if (j != col)
          sub[i - 1][k++] = m[i][j];
    long d = det(sub, n - 1);
    total += (col % 2 ? -1 : 1) * m[0][col] * d;
  }
  return total;
}

int main(void) {
  long a[6][6] = {{2, 0, 1}, {1, 3, 2}, {1, 1, 2}};
  ASSERT(6, det(a, 3));
  long b[6][6] = {{1, 2}, {3, 4}};
  ASSERT(-2, det(b, 2));
  long c[6][6];
  for (int i = 0; i < 5; i++)
    for (int j = 0; j < 5; j++)
      c[i][j] = i == j ? 2 : (j == i + 1);
  ASSERT(32, det(c, 5));
  long d[6][6] = {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}};
  ASSERT(0, det(d, 3));
  return 0;
}
