#include <stdarg.h>
#include <stdio.h>

/* the helper gets its own copy via va_copy; the caller then restarts */
static int vcount_positive(int n, va_list ap) {
  va_list cp;
  va_copy(cp, ap);
  int c = 0;
  for (int i = 0; i < n; i++)
    c += va_arg(cp, int) > 0;
  va_end(cp);
  return c;
}

static void report(int n, ...) {
  va_list ap;
  va_start(ap, n);
  int pos = vcount_positive(n, ap);
  va_end(ap);
  va_start(ap, n);
  printf("%d positive of", pos);
  for (int i = 0; i < n; i++)
    printf(" %d", va_arg(ap, int));
  printf("\n");
  va_end(ap);
}

int main(void) {
  report(5, 1, -2, 3, 0, 5);
  report(10, -1, -2, -3, 4, 5, -6, 7, 8, 9, -10);
  report(0);
  return 0;
}
