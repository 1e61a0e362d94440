#include <math.h>
#include <stdio.h>

int main(void) {
  volatile double zero = 0.0;
  double inf = 1.0 / zero;
  double nan = zero / zero; /* RISC-V produces the canonical (positive) NaN */
  printf("%f %f\n", inf, -inf);
  printf("%e %e\n", inf, -inf);
  printf("%g %g\n", inf, -inf);
  printf("%a %a\n", inf, -inf);
  printf("%f %F\n", NAN, NAN);
  printf("%f\n", -NAN);
  printf("%d %d\n", isnan(nan) != 0, isinf(inf) != 0);
  printf("[%8f] [%-8f] [%08e]\n", inf, -inf, inf);
  printf("[%.3f] [%10.1e]\n", NAN, NAN);
  printf("%s\n", isnan(nan) ? "nan" : "number");
  float finf = HUGE_VALF;
  printf("%f\n", finf);
  return 0;
}
