#include <stdarg.h>
#include <stdio.h>

/* prints the arguments, then again starting from the middle */
static void twice_from(int n, int mid, ...) {
  va_list ap, rest;
  va_start(ap, mid);
  for (int i = 0; i < mid; i++)
    printf("%g ", va_arg(ap, double));
  va_copy(rest, ap);
  for (int i = mid; i < n; i++)
    printf("%g ", va_arg(ap, double));
  printf("| ");
  for (int i = mid; i < n; i++)
    printf("%g ", va_arg(rest, double));
  printf("\n");
  va_end(rest);
  va_end(ap);
}

int main(void) {
  twice_from(4, 2, 1.0, 2.0, 3.0, 4.0);
  twice_from(10, 7, 0.5, 1.5, 2.5, 3.5, 4.5, 5.5, 6.5, 7.5, 8.5, 9.5);
  twice_from(3, 0, -1.0, -2.0, -3.0);
  return 0;
}
