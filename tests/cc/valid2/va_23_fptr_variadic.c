#include <stdarg.h>
#include <stdio.h>

typedef int (*vfn)(const char *, ...);

static int count_args(const char *spec, ...) {
  va_list ap;
  va_start(ap, spec);
  int total = 0;
  for (const char *p = spec; *p; p++)
    total += *p == 'd' ? (int)va_arg(ap, double) : va_arg(ap, int);
  va_end(ap);
  return total;
}

static int show(const char *spec, ...) {
  va_list ap;
  va_start(ap, spec);
  int n = 0;
  for (const char *p = spec; *p; p++, n++) {
    if (*p == 'd')
      printf("%g ", va_arg(ap, double));
    else
      printf("%d ", va_arg(ap, int));
  }
  va_end(ap);
  printf("\n");
  return n;
}

int main(void) {
  vfn fns[2] = {count_args, show};
  for (int i = 0; i < 2; i++)
    printf("-> %d\n", fns[i]("idid", 1, 2.5, 3, 4.75));
  vfn p = show;
  printf("-> %d\n", (*p)("dddddddddd", 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0));
  printf("-> %d\n", printf("%s", ""));
  return 0;
}
