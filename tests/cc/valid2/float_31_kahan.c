#include "ftest.h"
#include "test.h"

static double naive(const double *v, int n) {
  double s = 0;
  for (int i = 0; i < n; i++)
    s += v[i];
  return s;
}

static double kahan(const double *v, int n) {
  double s = 0, c = 0;
  for (int i = 0; i < n; i++) {
    double y = v[i] - c;
    double t = s + y;
    c = (t - s) - y;
    s = t;
  }
  return s;
}

int main(void) {
  double v[21];
  v[0] = 1.0;
  for (int i = 1; i < 21; i++)
    v[i] = 1e-16;
  PD(naive(v, 21));
  PD(kahan(v, 21));
  ASSERT(1, naive(v, 21) == 1.0);
  ASSERT(1, kahan(v, 21) > 1.0);
  double w[10];
  for (int i = 0; i < 10; i++)
    w[i] = 0.1;
  PD(naive(w, 10));
  PD(kahan(w, 10));
  return 0;
}
