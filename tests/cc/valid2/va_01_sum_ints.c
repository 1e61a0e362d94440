#include <stdarg.h>
#include "test.h"

static int sum(int n, ...) {
  va_list ap;
  va_start(ap, n);
  int s = 0;
  for (int i = 0; i < n; i++)
    s += va_arg(ap, int);
  va_end(ap);
  return s;
}

int main(void) {
  ASSERT(0, sum(0));
  ASSERT(5, sum(1, 5));
  ASSERT(3, sum(2, 1, 2));
  ASSERT(28, sum(7, 1, 2, 3, 4, 5, 6, 7));
  ASSERT(-6, sum(3, -1, -2, -3));
  ASSERT(2147483647, sum(2, 2147483646, 1));
  return 0;
}
