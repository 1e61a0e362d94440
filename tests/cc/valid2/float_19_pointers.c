#include "ftest.h"
#include "test.h"

static void scale(double *v, int n, double k) {
  for (int i = 0; i < n; i++)
    v[i] *= k;
}

static void swap(double *a, double *b) {
  double t = *a;
  *a = *b;
  *b = t;
}

static void minmax(const float *v, int n, float *lo, float *hi) {
  *lo = *hi = v[0];
  for (int i = 1; i < n; i++) {
    if (v[i] < *lo) *lo = v[i];
    if (v[i] > *hi) *hi = v[i];
  }
}

int main(void) {
  double v[3] = {1.0, -2.0, 0.5};
  scale(v, 3, 3.0);
  ASSERT_D(3.0, v[0]);
  ASSERT_D(-6.0, v[1]);
  ASSERT_D(1.5, v[2]);
  swap(&v[0], &v[2]);
  ASSERT_D(1.5, v[0]);
  ASSERT_D(3.0, v[2]);
  double *p = v;
  double **pp = &p;
  **pp += 10;
  ASSERT_D(11.5, v[0]);
  *(*pp + 1) = 0.125;
  ASSERT_D(0.125, v[1]);
  float fv[5] = {3, -1.5f, 8, 2, -4};
  float lo, hi;
  minmax(fv, 5, &lo, &hi);
  ASSERT_D(-4.0, lo);
  ASSERT_D(8.0, hi);
  const double *cp = &v[2];
  ASSERT_D(3.0, *cp);
  void *vp = v;
  ASSERT_D(11.5, *(double *)vp);
  ASSERT(8, (char *)(p + 1) - (char *)p);
  return 0;
}
