#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* joins strings until a NULL sentinel */
static char *concat(const char *first, ...) {
  va_list ap;
  size_t len = 0;
  va_start(ap, first);
  for (const char *s = first; s; s = va_arg(ap, const char *))
    len += strlen(s);
  va_end(ap);
  char *out = malloc(len + 1);
  char *p = out;
  va_start(ap, first);
  for (const char *s = first; s; s = va_arg(ap, const char *)) {
    size_t n = strlen(s);
    memcpy(p, s, n);
    p += n;
  }
  va_end(ap);
  *p = 0;
  return out;
}

int main(void) {
  char *a = concat("foo", "-", "bar", (char *)NULL);
  char *b = concat("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", (char *)NULL);
  char *c = concat((char *)NULL);
  printf("%s %s [%s]\n", a, b, c);
  printf("%zu %zu %zu\n", strlen(a), strlen(b), strlen(c));
  free(a);
  free(b);
  free(c);
  return 0;
}
