// HUGE_VAL, INFINITY, NAN (glibc's __builtin_huge_val, __builtin_inff, __builtin_nanf)
// and __builtin_inf/nan in every width are constants: static initializers take them.
#include <math.h>
#include <stdio.h>
#include <string.h>

double d = __builtin_inf();
float f = __builtin_inff();
long double l = __builtin_infl();
double n = __builtin_nan("");
long double ln = __builtin_nanl("");
float fn = __builtin_nanf("");
double h = HUGE_VAL;
float hf = HUGE_VALF;
double nn = NAN;
float ii = INFINITY;
static const double tab[] = {-__builtin_inf(), 1.0, __builtin_huge_val(), -NAN};

int main(void) {
  printf("%g %g %Lg %g %Lg %g %g %g %g %g %g %g\n", d, (double)f, l, n, ln, (double)fn, h,
         (double)hf, nn, (double)ii, tab[0], tab[2]);
  unsigned long bits, neg;
  unsigned fb;
  unsigned char lb[16];
  memcpy(&bits, &n, 8);
  memcpy(&neg, &tab[3], 8);
  memcpy(&fb, &fn, 4);
  memcpy(lb, &ln, 16);
  printf("%lx %lx %x %02x%02x\n", bits, neg, fb, lb[15], lb[14]);
  return 0;
}
