#include <stdio.h>

int main(void) {
  double v[] = {0.0001, 0.00001, 99999.5, 999999.0, 9999995.0, 1e-4, 123.456, 0.5, 100.0};
  for (unsigned i = 0; i < sizeof v / sizeof v[0]; i++)
    printf("%.0g|%.1g|%.2g|%.3g|%g|%.10g\n", v[i], v[i], v[i], v[i], v[i], v[i]);
  printf("%g %g %g\n", 1e5, 1e6, 1e-5);
  printf("%G %G\n", 1e-5, 1.5e16);
  return 0;
}
