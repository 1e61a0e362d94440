#include <stdarg.h>
#include "test.h"

static long max_long(int n, ...) {
  va_list ap;
  va_start(ap, n);
  long m = va_arg(ap, long);
  for (int i = 1; i < n; i++) {
    long v = va_arg(ap, long);
    if (v > m)
      m = v;
  }
  va_end(ap);
  return m;
}

static int total_of(int n, ...) {
  va_list ap;
  va_start(ap, n);
  int t = 0;
  for (int i = 0; i < n; i++) {
    int *p = va_arg(ap, int *);
    t += *p;
    *p = 0;
  }
  va_end(ap);
  return t;
}

int main(void) {
  ASSERT(9000000000L, max_long(3, 1L, 9000000000L, -5L));
  ASSERT(-1, max_long(2, -1L, -2L));
  int a = 3, b = 4, c = 5;
  ASSERT(12, total_of(3, &a, &b, &c));
  ASSERT(0, a + b + c);
  return 0;
}
