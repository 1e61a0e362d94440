// link: -lm
#include <math.h>
#include <stdio.h>

int main(void) {
  volatile double one = 1.0, two = 2.0, ten = 10.0, half = 0.5;
  printf("%.17g\n", exp(one));
  printf("%.17g\n", exp(-two));
  printf("%.17g\n", log(ten));
  printf("%.17g\n", log(one));
  printf("%.17g\n", log2(ten * 102.4));
  printf("%.17g\n", log10(ten * ten * ten));
  printf("%.17g\n", pow(two, ten));
  printf("%.17g\n", pow(two, half));
  printf("%.17g\n", pow(ten, -two));
  printf("%.17g\n", pow(-two, 3.0 * one));
  printf("%.17g\n", exp(log(ten)));
  printf("%.17g\n", expm1(1e-10 * one));
  printf("%.17g\n", log1p(1e-10 * one));
  volatile float f = 3.0f;
  printf("%.9g %.9g %.9g\n", expf(f), logf(f), powf(f, f));
  return 0;
}
