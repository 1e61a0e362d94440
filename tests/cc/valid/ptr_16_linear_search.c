#include "test.h"

int *find(int *begin, int *end, int v) {
  for (; begin != end; begin++)
    if (*begin == v)
      return begin;
  return 0;
}

int main(void) {
  int a[] = {5, 3, 8, 1, 9, 2};
  int *e = a + sizeof a / sizeof a[0];
  ASSERT(2, find(a, e, 8) - a);
  ASSERT(5, find(a, e, 2) - a);
  ASSERT(1, find(a, e, 7) == 0);
  ASSERT(1, find(a, a, 5) == 0);
  int *p = find(a, e, 1);
  *p = 100;
  ASSERT(100, a[3]);
  return 0;
}
