#include "test.h"

typedef int (*fn)(int);

int inc(int x) { return x + 1; }
int dbl(int x) { return x * 2; }
int neg(int x) { return -x; }

int apply_all(const fn *fs, int n, int x) {
  for (int i = 0; i < n; i++)
    x = fs[i](x);
  return x;
}

int apply_n(fn f, int times, int x) {
  while (times-- > 0)
    x = f(x);
  return x;
}

int main(void) {
  fn pipeline[] = {inc, dbl, neg, inc};
  ASSERT(-7, apply_all(pipeline, 4, 3));
  ASSERT(3, apply_all(pipeline, 0, 3));
  ASSERT(1024, apply_n(dbl, 10, 1));
  ASSERT(5, apply_n(inc, 5, 0));
  ASSERT(5, apply_n(neg, 2, 5));
  return 0;
}
