#include "test.h"

int main(void) {
  int x = 1, y = 2;
  const int a = 3;
  int const b = 4;
  const int *p1 = &x;      /* pointer to const int */
  int const *p2 = &y;      /* same */
  int *const p3 = &x;      /* const pointer to int */
  const int *const p4 = &a;
  const int **pp = &p1;
  p1 = &y;
  *p3 = 10;
  ASSERT(10, x);
  ASSERT(2, *p1 + 0 * *p2);
  ASSERT(3, *p4);
  ASSERT(2, **pp);
  ASSERT(7, a + b);
  return 0;
}
