#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *format_alloc(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static char *format_alloc(const char *fmt, ...) {
  va_list ap, ap2;
  va_start(ap, fmt);
  va_copy(ap2, ap);
  int n = vsnprintf(NULL, 0, fmt, ap);
  va_end(ap);
  char *s = malloc(n + 1);
  vsnprintf(s, n + 1, fmt, ap2);
  va_end(ap2);
  return s;
}

int main(void) {
  char *a = format_alloc("%s-%d-%.3f", "item", 17, 0.125);
  char *b = format_alloc("%0*d|%.*e", 12, 345, 8, 6.02214076e23);
  char *c = format_alloc("%c%c%c%c %g %g", 'a', 'b', 'c', 'd', 1e100, -1e-100);
  printf("%s (%zu)\n%s (%zu)\n%s (%zu)\n", a, strlen(a), b, strlen(b), c, strlen(c));
  free(a);
  free(b);
  free(c);
  return 0;
}
