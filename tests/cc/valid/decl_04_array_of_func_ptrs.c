#include "test.h"

int inc(int x) { return x + 1; }
int dbl(int x) { return x * 2; }
int sqr(int x) { return x * x; }

int main(void) {
  int (*fs[3])(int) = {inc, dbl, sqr};
  int v = 3;
  for (int i = 0; i < 3; i++)
    v = fs[i](v);
  ASSERT(64, v);
  ASSERT(24, sizeof fs);
  int (**pf)(int) = fs;
  ASSERT(10, pf[1](5));
  ASSERT(6, (*pf[0])(5));
  return 0;
}
