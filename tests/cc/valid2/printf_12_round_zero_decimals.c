#include <stdio.h>

int main(void) {
  double v[] = {0.5, 1.5, 2.5, 3.5, -0.5, -1.5, 0.49999999999999994, 0.5000000000000001,
                1e15 + 0.5, 2.6, -2.6, 1234.4999};
  for (unsigned i = 0; i < sizeof v / sizeof v[0]; i++)
    printf("%.0f\n", v[i]);
  printf("%.0e %.0e %.0e\n", 2.5, 3.5, 4.5);
  printf("%.0g %.0g\n", 25.0, 35.0);
  return 0;
}
