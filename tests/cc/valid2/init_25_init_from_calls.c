#include "ftest.h"
#include "test.h"

struct stats {
  double min, max, mean;
  int n;
};

static double minv(const double *v, int n) {
  double m = v[0];
  for (int i = 1; i < n; i++)
    m = v[i] < m ? v[i] : m;
  return m;
}
static double maxv(const double *v, int n) {
  double m = v[0];
  for (int i = 1; i < n; i++)
    m = v[i] > m ? v[i] : m;
  return m;
}
static double meanv(const double *v, int n) {
  double s = 0;
  for (int i = 0; i < n; i++)
    s += v[i];
  return s / n;
}

int main(void) {
  double v[] = {3.5, -1.25, 8, 0.75};
  int n = sizeof v / sizeof v[0];
  struct stats s = {minv(v, n), maxv(v, n), meanv(v, n), n};
  ASSERT_D(-1.25, s.min);
  ASSERT_D(8.0, s.max);
  ASSERT_D(2.75, s.mean);
  ASSERT(4, s.n);
  double range[2] = {s.max - s.min, (s.max + s.min) / 2};
  ASSERT_D(9.25, range[0]);
  ASSERT_D(3.375, range[1]);
  struct stats t = {.n = n * 2, .mean = s.mean * 2};
  ASSERT_D(0.0, t.min);
  ASSERT_D(5.5, t.mean);
  return 0;
}
