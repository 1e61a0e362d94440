// link: -lm
#include <math.h>
#include <stdio.h>

int main(void) {
  volatile double pi = 3.141592653589793;
  volatile double x = 0.5, zero = 0.0;
  printf("%.17g %.17g %.17g\n", sin(x), cos(x), tan(x));
  printf("%.17g %.17g\n", sin(pi), cos(pi));
  printf("%.17g %.17g\n", sin(pi / 6), cos(pi / 3));
  printf("%.17g %.17g %.17g\n", asin(x), acos(x), atan(x));
  printf("%.17g %.17g\n", atan2(1.0 * x, -1.0 * x), atan2(zero, -1.0 * x));
  printf("%.17g %.17g %.17g\n", sinh(x), cosh(x), tanh(x));
  printf("%.17g\n", sin(x) * sin(x) + cos(x) * cos(x));
  volatile float fx = 1.0f;
  printf("%.9g %.9g\n", sinf(fx), cosf(fx));
  printf("%g %g\n", sin(zero), cos(zero));
  return 0;
}
