#include <stdio.h>
#include <stdlib.h>

int main(void) {
  int n = 5;
  typedef double row_t[n];
  n = 100; /* row_t keeps 5 */
  printf("%zu\n", sizeof(row_t));
  row_t r;
  for (int i = 0; i < 5; i++)
    r[i] = i * 0.5;
  double (*p)[5] = &r;
  printf("%g\n", (*p)[4]);
  int rows = 3, cols = 4;
  double (*grid)[cols] = malloc(rows * sizeof *grid);
  printf("%zu\n", sizeof *grid);
  for (int i = 0; i < rows; i++)
    for (int j = 0; j < cols; j++)
      grid[i][j] = i * cols + j;
  printf("%g %g\n", grid[2][3], grid[1][0]);
  free(grid);
  return 0;
}
