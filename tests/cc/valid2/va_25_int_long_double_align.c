#include <stdarg.h>
#include <stdio.h>

/* named int in a0; a long double variadic skips a1 and uses a2/a3 */
static void one(int tag, ...) {
  va_list ap;
  va_start(ap, tag);
  long double x = va_arg(ap, long double);
  int after = va_arg(ap, int);
  va_end(ap);
  printf("%d %.25Lg %d\n", tag, x, after);
}

/* the long double straddles the last register: it goes to the stack whole */
static void late(int a, int b, int c, int d, int e, int f, int g, ...) {
  va_list ap;
  va_start(ap, g);
  long double x = va_arg(ap, long double);
  long double y = va_arg(ap, long double);
  va_end(ap);
  printf("%d %.25Lg %.25Lg\n", a + b + c + d + e + f + g, x, y);
}

int main(void) {
  one(1, 0.1L, 2);
  one(3, -1e-4000L, 4);
  late(1, 2, 3, 4, 5, 6, 7, 1.0L / 7, 2.0L / 7);
  return 0;
}
