#include <stdio.h>

int main(void) {
  for (int rows = 2; rows <= 4; rows++) {
    int cols = rows + 1;
    double m[rows][cols];
    printf("%zu %zu %zu\n", sizeof m, sizeof m[0], sizeof m[0][0]);
    for (int i = 0; i < rows; i++)
      for (int j = 0; j < cols; j++)
        m[i][j] = i + j / 10.0;
    double (*row)[cols] = m + 1;
    printf("%g %g\n", (*row)[cols - 1], m[rows - 1][0]);
    printf("%td\n", &m[1][0] - &m[0][0]);
  }
  return 0;
}
