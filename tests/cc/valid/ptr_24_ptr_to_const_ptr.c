#include "test.h"

int main(void) {
  int x = 1, y = 2;
  int *const cp = &x;
  int *const *pcp = &cp;
  **pcp = 10;
  ASSERT(10, x);
  const int *p = &y;
  const int **pp = &p;
  *pp = &x;
  ASSERT(10, *p);
  const int *const *ppc = &p;
  ASSERT(10, **ppc);
  return 0;
}
