#include <stdio.h>

int main(void) {
  double v[] = {0.0, 1.0, 0.5, 100.0, 123456.0, 1234567.0, 0.0001, 0.00001,
                0.000123456789, 1e20, 3.0e-5, 99999.95, 999999.5, -2.5e-7};
  for (unsigned i = 0; i < sizeof v / sizeof v[0]; i++)
    printf("%g\n", v[i]);
  printf("%g %g %g\n", 1.0 / 3, 2.0 / 3, 10.0 / 3);
  return 0;
}
