#include "test.h"

int main(void) {
  int i = -1;
  unsigned u = 1;
  ASSERT(1, (1 ? i : u) > 0); /* the result has type unsigned */
  long l = 1 ? i : 2L;
  ASSERT(-1, l);
  int arr[3] = {7, 8, 9};
  int *p = 0 ? 0 : arr;
  ASSERT(7, *p);
  void *v = arr;
  int *q = 1 ? v : arr;
  ASSERT(8, q[1]);
  const char *s = i < 0 ? "neg" : "pos";
  ASSERT('n', s[0]);
  return 0;
}
