#include "ftest.h"

static double *max_elem(double *v, int n) {
  double *m = v;
  for (int i = 1; i < n; i++)
    if (v[i] > *m)
      m = &v[i];
  return m;
}

static double dot(const double a[], const double b[], int n) {
  double s = 0;
  for (int i = 0; i < n; i++)
    s += a[i] * b[i];
  return s;
}

static void axpy(double alpha, const float *x, double *y, int n) {
  for (int i = 0; i < n; i++)
    y[i] += alpha * x[i];
}

int main(void) {
  double v[5] = {3, 9.5, -2, 9.25, 0};
  double *m = max_elem(v, 5);
  ASSERT_D(9.5, *m);
  *m = 0;
  ASSERT_D(9.25, *max_elem(v, 5));
  double a[3] = {1, 2, 3}, b[3] = {4, -5, 6};
  ASSERT_D(12.0, dot(a, b, 3));
  float x[3] = {1, 0.5f, 0.25f};
  axpy(2, x, a, 3);
  ASSERT_D(3.0, a[0]);
  ASSERT_D(3.0, a[1]);
  ASSERT_D(3.5, a[2]);
  return 0;
}
