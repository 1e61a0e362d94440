#include <stdio.h>

static double all(char c, short s, float f, double d, long l, long double ld,
                  unsigned char uc, float f2, int i, double d2, unsigned u, float f3,
                  long long ll, double d3, signed char sc, float f4, unsigned long ul,
                  double d4, int i2, float f5) {
  return c + s + f + d + l + (double)ld + uc + f2 + i + d2 + u + f3 + ll + d3 + sc + f4 +
         ul + d4 + i2 + f5;
}

static void show(char c, short s, float f, double d, long l, long double ld,
                 unsigned char uc, float f2, int i, double d2, unsigned u, float f3,
                 long long ll, double d3, signed char sc, float f4, unsigned long ul,
                 double d4, int i2, float f5) {
  printf("%d %d %a %a %ld %La %u %a %d %a\n", c, s, f, d, l, ld, uc, f2, i, d2);
  printf("%u %a %lld %a %d %a %lu %a %d %a\n", u, f3, ll, d3, sc, f4, ul, d4, i2, f5);
}

int main(void) {
  printf("%.17g\n", all(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19,
                        20));
  show('a', -300, 1.5f, 2.25, -4000000000L, 0.1L, 250, -0.5f, -7, 1e100, 4000000000u, 3.75f,
       -1234567890123LL, -0.0, -100, 1e-10f, 18000000000000000000UL, 0x1p-1074, 42, -8.0f);
  return 0;
}
