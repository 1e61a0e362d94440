#include <stdio.h>

int main(void) {
  double x = 2.718281828459045;
  for (int p = 0; p <= 16; p += 2)
    printf("%.*f | %.*e | %.*g\n", p, x, p, x, p, x);
  printf("%.20f\n", 0.1);
  printf("%.30f\n", 1.0 / 3);
  printf("%.1f %.1f %.1f %.1f\n", 0.05, 0.15, 0.25, 0.35);
  printf("%.3f\n", 1.0005);
  printf("%.2f\n", 1.005);
  return 0;
}
