#include <stdio.h>

/* long doubles go in pairs of integer registers: the fifth one on the stack */
static long double sum6(long double a, long double b, long double c, long double d,
                        long double e, long double f) {
  return a + 2 * b + 3 * c + 4 * d + 5 * e + 6 * f;
}

static long double mixed(int i, long double a, double d, long double b, float f,
                         long double c) {
  return i + a + d + b + f + c;
}

int main(void) {
  printf("%.30Lg\n", sum6(1, 1, 1, 1, 1, 1));
  printf("%.30Lg\n", sum6(0, 0, 0, 0, 0, 0.1L));
  printf("%.30Lg\n", sum6(0.5L, 0, 0, 0, 0.25L, 0));
  printf("%.30Lg\n", mixed(1, 0.1L, 0.1, 0.1L, 0.1f, 1e-30L));
  return 0;
}
