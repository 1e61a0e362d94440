#include <stdio.h>

int main(void) {
  /* exactly representable ties round to even; others by their exact binary value */
  printf("%.2f %.2f %.2f %.2f\n", 0.125, 0.375, 0.625, 0.875);
  printf("%.1f %.1f %.1f %.1f\n", 0.25, 0.75, 1.25, 1.75);
  printf("%.2f %.2f %.2f\n", 2.675, 1.115, 0.045);
  printf("%.3e %.3e\n", 1.0625, 1.1875);
  printf("%.0f %.0f %.0f %.0f\n", 4.5, 5.5, 6.5, 7.5);
  printf("%.1f\n", 999.95);
  printf("%.1f\n", 0.95);
  printf("%.4g %.4g\n", 1.00005, 9.99995);
  return 0;
}
