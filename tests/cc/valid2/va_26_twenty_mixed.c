#include <stdarg.h>
#include <stdio.h>

static void dump(const char *types, ...) {
  va_list ap;
  va_start(ap, types);
  double dsum = 0;
  long isum = 0;
  for (const char *t = types; *t; t++) {
    if (*t == 'd')
      dsum += va_arg(ap, double);
    else
      isum += va_arg(ap, long);
  }
  va_end(ap);
  printf("%ld %.17g\n", isum, dsum);
}

int main(void) {
  dump("ldldldldldldldldldld", 1L, 0.5, 2L, 0.25, 3L, 0.125, 4L, 0.0625, 5L, 1.0, 6L, 2.0, 7L,
       3.0, 8L, 4.0, 9L, 5.0, 10L, 6.0);
  dump("dddddddddddddddddddd", 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0, 11.0, 12.0,
       13.0, 14.0, 15.0, 16.0, 17.0, 18.0, 19.0, 0.1);
  dump("llllllllllllllllllll", 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L, 13L, 14L, 15L,
       16L, 17L, 18L, 19L, 1000000000000L);
  return 0;
}
