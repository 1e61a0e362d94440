#include <stdio.h>
#include <stdlib.h>

static int cmp_double(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

static int cmp_float_desc(const void *a, const void *b) {
  float x = *(const float *)a, y = *(const float *)b;
  return (x < y) - (x > y);
}

int main(void) {
  double d[8] = {3.5, -1.25, 1e10, 0.0, -1e-10, 2.0, 3.25, -7.0};
  qsort(d, 8, sizeof d[0], cmp_double);
  for (int i = 0; i < 8; i++)
    printf("%.17g\n", d[i]);
  float f[6] = {0.5f, 0.25f, 8.0f, -3.0f, 0.75f, 1e-3f};
  qsort(f, 6, sizeof f[0], cmp_float_desc);
  for (int i = 0; i < 6; i++)
    printf("%a\n", f[i]);
  return 0;
}
