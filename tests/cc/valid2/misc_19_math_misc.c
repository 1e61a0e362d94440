// link: -lm
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

int main(void) {
  volatile double three = 3.0, four = 4.0, m8 = -8.0;
  printf("%.17g\n", hypot(three, four));
  printf("%.17g\n", cbrt(m8));
  // cbrt(3) and lgamma(100) are not exact: glibc's are 1 ulp from the correctly
  // rounded value (C leaves libm's accuracy to the library), so 15 digits are shown
  printf("%.15g\n", cbrt(three));
  printf("%g %g %g\n", fmin(three, four), fmax(three, four), fdim(three, four));
  printf("%g %g\n", fmin(NAN, three), fmax(four, NAN));
  printf("%.17g\n", fma(0.1 * three / 3, 10.0, -1.0));
  printf("%.17g\n", 0.1 * three / 3 * 10.0 - 1.0);
  printf("%.17g\n", erf(three / 6));
  printf("%.17g\n", tgamma(four + 1));
  printf("%.15g\n", lgamma(four * 25));
  printf("%g\n", fabs(-three) + abs(-3));
  return 0;
}
