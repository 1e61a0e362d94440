#include <stdarg.h>
#include "test.h"

static long weighted(int n, ...) {
  va_list ap;
  va_start(ap, n);
  long s = 0;
  for (int i = 1; i <= n; i++)
    s += (long)i * va_arg(ap, long);
  va_end(ap);
  return s;
}

int main(void) {
  /* 15 variadic longs: 7 in a1-a7, 8 on the stack */
  ASSERT(120, weighted(15, 1L, 1L, 1L, 1L, 1L, 1L, 1L, 1L, 1L, 1L, 1L, 1L, 1L, 1L, 1L));
  ASSERT(15, weighted(15, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 1L));
  ASSERT(8, weighted(8, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 1L));
  ASSERT(1240, weighted(15, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L, 13L, 14L, 15L));
  return 0;
}
