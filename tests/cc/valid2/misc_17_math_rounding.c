// link: -lm
#include <math.h>
#include <stdio.h>

int main(void) {
  volatile double v[] = {2.5, 3.5, -2.5, -0.5, 0.49999999999999994, 1e16 + 1, -7.25, 7.75};
  for (int i = 0; i < 8; i++) {
    double x = v[i];
    printf("%.17g: round=%g trunc=%g rint=%g nearbyint=%g lround=%ld\n", x, round(x),
           trunc(x), rint(x), nearbyint(x), lround(x));
  }
  printf("%g %g %g\n", fmod(7.5, 2.0), fmod(-7.5, 2.0), fmod(7.5, -2.0));
  volatile double a = 10.0, b = 3.0;
  printf("%.17g %.17g\n", fmod(a, b), remainder(a, b));
  printf("%.17g\n", fmod(1.0 * a, 0.1));
  printf("%g\n", remainder(11.0 * (a / 10), b));
  return 0;
}
