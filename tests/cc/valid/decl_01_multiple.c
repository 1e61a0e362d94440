#include "test.h"

int main(void) {
  int a = 1, *p = &a, arr[3] = {4, 5, 6}, **pp = &p;
  ASSERT(1, a);
  ASSERT(1, *p);
  ASSERT(5, arr[1]);
  ASSERT(1, **pp);
  char c = 'c', *s = "str", buf[4];
  buf[0] = c;
  ASSERT('c', buf[0]);
  ASSERT('t', s[1]);
  long x, y = 2, z;
  x = z = y * 3;
  ASSERT(12, x + z);
  return 0;
}
