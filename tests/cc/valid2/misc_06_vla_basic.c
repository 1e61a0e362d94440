#include "test.h"

static int fill_and_sum(int n) {
  int v[n];
  for (int i = 0; i < n; i++)
    v[i] = i + 1;
  int s = 0;
  for (int i = 0; i < n; i++)
    s += v[i];
  return s + (int)sizeof v;
}

int main(void) {
  ASSERT(15 + 20, fill_and_sum(5));
  ASSERT(1 + 4, fill_and_sum(1));
  ASSERT(5050 + 400, fill_and_sum(100));
  int n = 7;
  double d[n];
  ASSERT(56, sizeof d);
  ASSERT(7, sizeof d / sizeof d[0]);
  n = 3; /* the size was fixed at the declaration */
  ASSERT(56, sizeof d);
  char c[n + 2];
  ASSERT(5, sizeof c);
  int k = 0;
  ASSERT(40, sizeof(int[++k + 9])); /* the size expression is evaluated */
  ASSERT(1, k);
  return 0;
}
