#include "ftest.h"
#include "test.h"

static double x = 1.0, y = 2.0, z = 3.0;

static void bump_all(double **v, int n, double by) {
  for (int i = 0; i < n; i++)
    *v[i] += by;
}

int main(void) {
  double *ptrs[3] = {&z, &x, &y};
  bump_all(ptrs, 3, 0.5);
  ASSERT_D(1.5, x);
  ASSERT_D(2.5, y);
  ASSERT_D(3.5, z);
  ASSERT_D(3.5, *ptrs[0]);
  double *best = ptrs[0];
  for (int i = 1; i < 3; i++)
    if (*ptrs[i] < *best)
      best = ptrs[i];
  ASSERT(1, best == &x);
  float fv[3] = {1, 2, 3};
  float *fp = fv + 2;
  ASSERT_D(3.0, *fp--);
  ASSERT_D(2.0, *fp);
  ASSERT(1, fp > fv);
  double (*row)[2];
  double grid[2][2] = {{1, 2}, {3, 4}};
  row = grid + 1;
  ASSERT_D(4.0, (*row)[1]);
  return 0;
}
