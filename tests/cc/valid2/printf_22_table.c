#include <stdio.h>

int main(void) {
  printf("%4s %10s %12s %10s\n", "n", "1/n", "n^2/7", "sqrt-ish");
  for (int n = 1; n <= 8; n++) {
    double g = n;
    for (int k = 0; k < 6; k++)
      g = 0.5 * (g + n / g);
    printf("%4d %10.6f %12.4e %10.5g\n", n, 1.0 / n, n * n / 7.0, g);
  }
  return 0;
}
