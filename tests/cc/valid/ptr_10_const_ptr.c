#include "test.h"

int sum(const int *a, int n) {
  int s = 0;
  for (const int *p = a; p < a + n; p++)
    s += *p;
  return s;
}

int main(void) {
  int a[] = {1, 2, 3, 4, 5};
  ASSERT(15, sum(a, 5));
  int x = 1, y = 2;
  int *const cp = &x;
  *cp = 10;
  ASSERT(10, x);
  const int *pc = &x;
  pc = &y;
  ASSERT(2, *pc);
  const int *const cpc = &y;
  ASSERT(2, *cpc);
  return 0;
}
