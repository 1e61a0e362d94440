#include <stdarg.h>
#include "test.h"

static int vmax(int n, va_list *ap) {
  int first = va_arg(*ap, int);
  if (n == 1)
    return first;
  int rest = vmax(n - 1, ap);
  return first > rest ? first : rest;
}

static int max_of(int n, ...) {
  va_list ap;
  va_start(ap, n);
  int m = vmax(n, &ap);
  va_end(ap);
  return m;
}

int main(void) {
  ASSERT(5, max_of(1, 5));
  ASSERT(9, max_of(3, 9, -1, 4));
  ASSERT(-1, max_of(4, -5, -1, -9, -3));
  ASSERT(12, max_of(12, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12));
  ASSERT(100, max_of(12, 100, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12));
  return 0;
}
