#include <stdarg.h>
#include <stdio.h>

static int first_or_default(int have, ...) {
  if (!have)
    return -1;
  va_list ap;
  va_start(ap, have);
  int v = va_arg(ap, int);
  va_end(ap);
  return v;
}

static void nothing(const char *msg, ...) {
  va_list ap;
  va_start(ap, msg);
  va_end(ap);
  puts(msg);
}

int main(void) {
  printf("%d\n", first_or_default(0));
  printf("%d\n", first_or_default(1, 77));
  printf("%d\n", first_or_default(1, 88, 99));
  nothing("no arguments");
  nothing("ignored arguments", 1, 2.0, "three");
  return 0;
}
