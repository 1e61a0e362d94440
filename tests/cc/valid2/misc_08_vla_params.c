#include <stdio.h>

static void identity(int n, double a[n][n]) {
  for (int i = 0; i < n; i++)
    for (int j = 0; j < n; j++)
      a[i][j] = i == j;
}

static void transpose(int n, double a[n][n]) {
  for (int i = 0; i < n; i++)
    for (int j = i + 1; j < n; j++) {
      double t = a[i][j];
      a[i][j] = a[j][i];
      a[j][i] = t;
    }
}

static void matmul(int n, int m, int p, double a[n][m], double b[m][p], double c[n][p]) {
  for (int i = 0; i < n; i++)
    for (int j = 0; j < p; j++) {
      c[i][j] = 0;
      for (int k = 0; k < m; k++)
        c[i][j] += a[i][k] * b[k][j];
    }
}

static double trace(int n, double a[static n][n]) {
  double t = 0;
  for (int i = 0; i < n; i++)
    t += a[i][i];
  return t;
}

int main(void) {
  double id[3][3];
  identity(3, id);
  printf("%g\n", trace(3, id));
  double a[2][3] = {{1, 2, 3}, {4, 5, 6}};
  double b[3][2] = {{0.5, 1}, {1.5, 2}, {2.5, 3}};
  double c[2][2];
  matmul(2, 3, 2, a, b, c);
  printf("%g %g %g %g\n", c[0][0], c[0][1], c[1][0], c[1][1]);
  transpose(2, c);
  printf("%g %g %g\n", c[0][1], c[1][0], trace(2, c));
  int n = 4;
  double big[n][n];
  identity(n, big);
  big[0][3] = 7;
  transpose(n, big);
  printf("%g %g\n", big[3][0], trace(n, big));
  return 0;
}
