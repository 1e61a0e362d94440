#include "test.h"

int f1(void);
int f2(int, long);
int f3(int a, long b);
int f4(int *, char[]);
int f5(int (*)(int));

int f1(void) { return 1; }
int f2(int a, long b) { return a + (int)b; }
int f3(int x, long y) { return x * (int)y; }
int f4(int *p, char s[]) { return *p + s[0]; }
int twice(int x) { return 2 * x; }
int f5(int (*g)(int)) { return g(21); }

int main(void) {
  int v = 1;
  ASSERT(1, f1());
  ASSERT(5, f2(2, 3));
  ASSERT(6, f3(2, 3));
  ASSERT(98, f4(&v, "a"));
  ASSERT(42, f5(twice));
  return 0;
}
