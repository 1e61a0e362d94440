#include "test.h"

int main(void) {
  int a[] = {1, 2, 3, 4};
  int *p = a;
  ASSERT(1, *p++);
  ASSERT(2, *p);
  ASSERT(3, *++p);
  ASSERT(3, (*p)++);
  ASSERT(4, a[2]);
  ASSERT(5, ++*p);
  ASSERT(5, *p--);
  ASSERT(2, *p);
  ASSERT(1, *--p);
  ASSERT(1, p == a);
  return 0;
}
