// exit: 3
#include <stdio.h>
#include <stdlib.h>
#include <stdnoreturn.h>

static _Noreturn void fail(const char *why, double value) {
  printf("fatal: %s (%.3f)\n", why, value);
  exit(3);
}

noreturn static void never(void) { abort(); }

static double checked_div(double a, double b) {
  if (b == 0)
    fail("division by zero", a);
  return a / b;
}

int main(void) {
  printf("%.17g\n", checked_div(1, 3));
  printf("%.17g\n", checked_div(2.5, -0.5));
  if (checked_div(1, 1) < 0)
    never();
  printf("%.17g\n", checked_div(7.125, 0));
  return 0;
}
