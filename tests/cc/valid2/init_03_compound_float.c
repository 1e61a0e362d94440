#include "ftest.h"

struct vec {
  double x, y, z;
};

static double dot(struct vec a, struct vec b) { return a.x * b.x + a.y * b.y + a.z * b.z; }
static double mean(const double *v, int n) {
  double s = 0;
  for (int i = 0; i < n; i++)
    s += v[i];
  return s / n;
}

int main(void) {
  ASSERT_D(32.0, dot((struct vec){1, 2, 3}, (struct vec){4, 5, 6}));
  ASSERT_D(0.0, dot((struct vec){.x = 1}, (struct vec){.y = 1}));
  ASSERT_D(2.5, mean((double[]){1, 2, 3, 4}, 4));
  PD(mean((double[]){0.1, 0.2, 0.3}, 3));
  float *f = (float[3]){0.5f, 0.25f};
  f[2] = f[0] + f[1];
  ASSERT_D(0.75, f[2]);
  double d = (double){1.0 / 3};
  PD(d);
  struct vec *v = &(struct vec){.z = -1.5};
  v->x = v->z * 2;
  ASSERT_D(-3.0, v->x);
  ASSERT_D(0.0, v->y);
  return 0;
}
