#include "test.h"

int main(void) {
  int a[5] = {10, 20, 30, 40, 50};
  int *p = a;
  ASSERT(10, *p);
  ASSERT(30, *(p + 2));
  p += 3;
  ASSERT(40, *p);
  ASSERT(20, p[-2]);
  ASSERT(20, *(p - 2));
  p--;
  ASSERT(30, *p);
  ASSERT(2, p - a);
  ASSERT(-2, a - p);
  int *end = a + 5;
  ASSERT(5, end - a);
  ASSERT(50, end[-1]);
  return 0;
}
