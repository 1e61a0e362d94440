#include "test.h"

int main(void) {
  int x = 3;
  int *p = &x;
  ASSERT(3, *p);
  *p = 7;
  ASSERT(7, x);
  int **pp = &p;
  ASSERT(7, **pp);
  **pp = 9;
  ASSERT(9, x);
  ASSERT(1, *&x == x);
  ASSERT(1, &*p == p);
  ASSERT(8, sizeof(p));
  ASSERT(4, sizeof(*p));
  return 0;
}
