#include "test.h"

int f(int x) { return x * 3; }

int main(void) {
  int n = 4;
  int a[3] = {n, f(n), n + f(1)};
  ASSERT(4, a[0]);
  ASSERT(12, a[1]);
  ASSERT(7, a[2]);
  struct { int x; int *p; } s = {f(2), &n};
  ASSERT(6, s.x);
  ASSERT(4, *s.p);
  int b = a[1] - a[0], c = b * 2;
  ASSERT(16, c);
  return 0;
}
