#include "ftest.h"
#include "test.h"

static double sum(const double *a, int n) {
  double s = 0;
  for (int i = 0; i < n; i++)
    s += a[i];
  return s;
}

int main(void) {
  double a[5] = {1.5, 2.5, 3.25};
  ASSERT_D(7.25, sum(a, 5));
  ASSERT_D(0.0, a[4]);
  ASSERT(40, sizeof a);
  float f[4] = {0.5f, 0.25f, 0.125f, 0.0625f};
  float fs = 0;
  for (int i = 0; i < 4; i++)
    fs += f[i];
  ASSERT_D(0.9375, fs);
  ASSERT(16, sizeof f);
  double m[2][3] = {{1, 2, 3}, {4, 5, 6}};
  double t = 0;
  for (int i = 0; i < 2; i++)
    for (int j = 0; j < 3; j++)
      t += m[i][j] * (i + 1);
  ASSERT_D(36.0, t);
  double *p = &m[1][0];
  ASSERT_D(5.0, p[1]);
  ASSERT_D(3.0, *(p - 1));
  ASSERT(3, &m[1][0] - &m[0][0]);
  double rev[4];
  for (int i = 0; i < 4; i++)
    rev[3 - i] = f[i];
  PD(rev[0]);
  PD(rev[3]);
  return 0;
}
