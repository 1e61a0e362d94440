int printf(const char *, ...);

#define N 5

void matmul(long a[N][N], long b[N][N], long c[N][N]) {
  for (int i = 0; i < N; i++)
    for (int j = 0; j < N; j++) {
      long s = 0;
      for (int k = 0; k < N; k++)
        s += a[i][k] * b[k][j];
      c[i][j] = s;
    }
}

int main(void) {
  long a[N][N], id[N][N], c[N][N], d[N][N];
  for (int i = 0; i < N; i++)
    for (int j = 0; j < N; j++) {
      a[i][j] = (i + 1) * (j + 2) - 3 * j;
      id[i][j] = i == j;
    }
  matmul(a, id, c);
  int same = 1;
  for (int i = 0; i < N; i++)
    for (int j = 0; j < N; j++)
      same &= c[i][j] == a[i][j];
  printf("A*I == A: %d\n", same);
  matmul(a, a, c);
  matmul(c, a, d);
  for (int i = 0; i < N; i++) {
    for (int j = 0; j < N; j++)
      printf("%6ld", d[i][j]);
    printf("\n");
  }
  return 0;
}
