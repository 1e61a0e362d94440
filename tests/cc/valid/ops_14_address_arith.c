#include "test.h"

int main(void) {
  int x = 3;
  int *p = &x;
  ASSERT(3, *&*&x);
  ASSERT(1, &*p == p);
  ASSERT(4, ++*p);
  ASSERT(4, (*p)++);
  ASSERT(5, x);
  int a[3] = {1, 2, 3};
  ASSERT(3, *(&a[0] + 2));
  ASSERT(2, *&a[1]);
  ASSERT(1, &a[2] - &a[1]);
  return 0;
}
