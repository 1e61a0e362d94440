#include <stdarg.h>
#include <stdio.h>

/* a helper consumes arguments through a pointer to the caller's va_list */
static int take_point(va_list *ap, char *out) {
  int x = va_arg(*ap, int);
  int y = va_arg(*ap, int);
  return sprintf(out, "(%d,%d)", x, y);
}

static double take_scaled(va_list *ap) {
  double v = va_arg(*ap, double);
  int k = va_arg(*ap, int);
  return v * k;
}

static void shapes(const char *kinds, ...) {
  va_list ap;
  va_start(ap, kinds);
  char buf[32];
  for (const char *k = kinds; *k; k++) {
    if (*k == 'p') {
      take_point(&ap, buf);
      printf("point %s\n", buf);
    } else {
      printf("scaled %.17g\n", take_scaled(&ap));
    }
  }
  va_end(ap);
}

int main(void) {
  shapes("pps", 1, 2, -3, 4, 0.5, 7);
  shapes("spsp", 1.25, 4, 9, 9, 1e-3, 1000, 0, -1);
  return 0;
}
