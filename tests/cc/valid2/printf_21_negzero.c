#include <stdio.h>

int main(void) {
  double nz = -0.0;
  printf("%f %e %g %a\n", nz, nz, nz, nz);
  printf("%.0f %+.1f % .2e\n", nz, nz, nz);
  printf("%f\n", -0.0000001);
  printf("%.0f\n", -0.4);
  printf("%g\n", -1e-320 * 1e-10);
  printf("%f\n", nz * 0);
  printf("%f\n", nz + 0.0);
  printf("%f\n", nz - 0.0);
  return 0;
}
