#include <stdarg.h>
#include <stdio.h>

/* char, short and _Bool arrive as int; float arrives as double */
static void promoted(int n, ...) {
  va_list ap;
  va_start(ap, n);
  int c = va_arg(ap, int);
  int s = va_arg(ap, int);
  unsigned us = va_arg(ap, int);
  int b = va_arg(ap, int);
  double f = va_arg(ap, double);
  unsigned u = va_arg(ap, unsigned);
  va_end(ap);
  printf("%d %d %u %d %.17g %u\n", c, s, us, b, f, u);
}

int main(void) {
  char c = -5;
  short s = -30000;
  unsigned short us = 65535;
  _Bool b = 1;
  float f = 0.1f;
  unsigned u = 4000000000u;
  promoted(0, c, s, us, b, f, u);
  signed char sc = -128;
  unsigned char uc = 255;
  promoted(0, sc, (short)uc, (unsigned short)1, (_Bool)0, 1e-45f, 0u);
  return 0;
}
