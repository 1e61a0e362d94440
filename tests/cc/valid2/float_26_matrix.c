#include "ftest.h"

static void matmul(double a[3][3], double b[3][3], double c[3][3]) {
  for (int i = 0; i < 3; i++)
    for (int j = 0; j < 3; j++) {
      double s = 0;
      for (int k = 0; k < 3; k++)
        s += a[i][k] * b[k][j];
      c[i][j] = s;
    }
}

static double det(double m[3][3]) {
  return m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1]) -
         m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0]) +
         m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]);
}

int main(void) {
  double a[3][3] = {{2, 0, 1}, {1, 3, 2}, {1, 1, 2}};
  double b[3][3] = {{0.5, -1, 0.25}, {0, 2, 1}, {-1, 0, 4}};
  double c[3][3];
  matmul(a, b, c);
  for (int i = 0; i < 3; i++)
    printf("%g %g %g\n", c[i][0], c[i][1], c[i][2]);
  ASSERT_D(6.0, det(a));
  ASSERT_D(5.5, det(b));
  ASSERT_D(33.0, det(c));
  double inv_diag = 1.0 / c[1][1];
  PD(inv_diag);
  return 0;
}
