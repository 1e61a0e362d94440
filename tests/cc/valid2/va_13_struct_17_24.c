#include <stdarg.h>
#include "test.h"

struct s17 {
  char c[17];
};
struct s24 {
  long a, b, c;
};
struct s16 {
  long a, b;
};

static long check(int n, ...) {
  va_list ap;
  va_start(ap, n);
  struct s17 x = va_arg(ap, struct s17);
  struct s16 y = va_arg(ap, struct s16);
  struct s24 z = va_arg(ap, struct s24);
  int tail = va_arg(ap, int);
  va_end(ap);
  long s = 0;
  for (int i = 0; i < 17; i++)
    s += x.c[i];
  return s + y.a * 10 + y.b * 100 + z.a * 1000 + z.b * 10000 + z.c * 100000 + tail * 1000000L;
}

int main(void) {
  struct s17 x;
  for (int i = 0; i < 17; i++)
    x.c[i] = (char)(i % 3);
  struct s16 y = {1, 2};
  struct s24 z = {3, 4, 5};
  ASSERT(16 + 10 + 200 + 3000 + 40000 + 500000 + 6000000, check(0, x, y, z, 6));
  return 0;
}
