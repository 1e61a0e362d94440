#include <stddef.h>
#include <stdlib.h>
#include "ftest.h"
#include "test.h"

struct series {
  char name[5];
  int count;
  double values[];
};

int main(void) {
  ASSERT(16, sizeof(struct series));
  ASSERT(16, offsetof(struct series, values));
  ASSERT(8, _Alignof(struct series));
  int n = 5;
  struct series *s = malloc(sizeof *s + n * sizeof(double));
  s->count = n;
  for (int i = 0; i < n; i++)
    s->values[i] = 1.0 / (i + 1);
  double sum = 0;
  for (int i = 0; i < s->count; i++)
    sum += s->values[i];
  PD(sum);
  ASSERT_D(0.25, s->values[3]);
  double *p = s->values;
  ASSERT(1, (char *)p - (char *)s == 16);
  free(s);
  return 0;
}
