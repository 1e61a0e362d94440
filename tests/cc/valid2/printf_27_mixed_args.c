#include <stdio.h>

int main(void) {
  /* variadic doubles travel in integer registers, mixed with ints */
  printf("%d %f %d %f %d %f %d\n", 1, 2.5, 3, 4.5, 5, 6.5, 7);
  printf("%s=%g %c %ld %e %u\n", "x", 0.125, 'q', -9L, 1e-9, 7u);
  printf("%f %f %f %f %f %f %f\n", 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0);
  printf("%d %d %d %d %d %d %d %f\n", 1, 2, 3, 4, 5, 6, 7, 8.5);
  printf("%d %d %d %d %d %d %d %d %f %d\n", 1, 2, 3, 4, 5, 6, 7, 8, 9.5, 10);
  long double ld = 1.5L;
  printf("%d %Lf %d %Lf\n", 1, ld, 2, ld * 2);
  printf("%Lf %d %Lf %d %Lf %d %Lf\n", ld, 3, ld, 4, ld, 5, ld);
  return 0;
}
