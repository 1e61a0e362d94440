#include "ftest.h"
#include "test.h"

int main(void) {
  double m[3][3] = {[0][0] = 1, [1] = {[1] = 1}, [2][2] = 1};
  double trace = 0, sum = 0;
  for (int i = 0; i < 3; i++) {
    trace += m[i][i];
    for (int j = 0; j < 3; j++)
      sum += m[i][j];
  }
  ASSERT_D(3.0, trace);
  ASSERT_D(3.0, sum);
  float g[2][4] = {{0.5f, [3] = 3.5f}, [1][1] = -1};
  ASSERT_D(0.5, g[0][0]);
  ASSERT_D(0.0, g[0][1]);
  ASSERT_D(3.5, g[0][3]);
  ASSERT_D(-1.0, g[1][1]);
  ASSERT_D(0.0, g[1][3]);
  int k[][2] = {[2] = {5, 6}, [0][1] = 2};
  ASSERT(3, sizeof k / sizeof k[0]);
  ASSERT(13, k[0][1] + k[2][0] + k[2][1]);
  return 0;
}
