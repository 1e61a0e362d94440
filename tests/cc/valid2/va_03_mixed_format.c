#include <stdarg.h>
#include <stdio.h>

/* 'i' int, 'l' long, 'd' double, 's' string, 'c' char */
static void show(const char *types, ...) {
  va_list ap;
  va_start(ap, types);
  for (const char *t = types; *t; t++) {
    switch (*t) {
    case 'i':
      printf("int %d\n", va_arg(ap, int));
      break;
    case 'l':
      printf("long %ld\n", va_arg(ap, long));
      break;
    case 'd':
      printf("double %.17g\n", va_arg(ap, double));
      break;
    case 's':
      printf("string %s\n", va_arg(ap, const char *));
      break;
    case 'c':
      printf("char %c\n", va_arg(ap, int));
      break;
    }
  }
  va_end(ap);
}

int main(void) {
  show("idsicl", 42, 2.5, "hello", -7, 'z', 1234567890123L);
  show("dddd", 0.1, -0.0, 1e300, 1.0 / 3);
  show("");
  return 0;
}
