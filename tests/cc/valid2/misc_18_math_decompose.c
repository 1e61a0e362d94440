// link: -lm
#include <math.h>
#include <stdio.h>

int main(void) {
  volatile double v[] = {8.0, 0.3, -1234.5678, 1e-310, 1.0};
  for (int i = 0; i < 5; i++) {
    double x = v[i];
    int e;
    double m = frexp(x, &e);
    double ip;
    double fp = modf(x, &ip);
    printf("%g = %.17g * 2^%d; int %g frac %.17g; ldexp %g; ilogb %d\n", x, m, e, ip, fp,
           ldexp(m, e), ilogb(x));
  }
  volatile double one = 1.0;
  printf("%a %a\n", nextafter(one, 2.0), nextafter(one, 0.0));
  printf("%a\n", scalbn(one, -1074));
  printf("%g %g\n", copysign(3.0, -0.0), copysign(-3.0, 1.0));
  printf("%g\n", logb(1024.0 * one));
  float fm;
  fm = modff(2.75f, &(float){0});
  printf("%g\n", fm);
  return 0;
}
