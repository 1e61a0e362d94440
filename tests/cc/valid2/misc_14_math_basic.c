// link: -lm
#include <math.h>
#include <stdio.h>

int main(void) {
  volatile double v[] = {2.0, 0.5, -2.5, 2.5, -0.0, 1e300, 3.7, -3.7};
  for (int i = 0; i < 8; i++) {
    double x = v[i];
    printf("%g: sqrt=%.17g fabs=%g floor=%g ceil=%g\n", x, sqrt(fabs(x)), fabs(x), floor(x),
           ceil(x));
  }
  printf("%.17g\n", sqrt(2.0));
  volatile float f = 2.0f;
  printf("%.9g %.9g %.9g\n", sqrtf(f), floorf(-f / 3), ceilf(f / 3));
  volatile double neg = -1.0;
  printf("%d\n", isnan(sqrt(neg)));
  return 0;
}
