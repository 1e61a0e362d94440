#include <float.h>
#include <stdio.h>

int main(void) {
  printf("%f\n", 1e100);
  printf("%.0f\n", DBL_MAX);
  printf("%f\n", FLT_MAX);
  printf("%.0f\n", 0x1p64);
  printf("%.0f\n", 0x1p100);
  printf("%e\n", DBL_MAX);
  printf("%g\n", 1e308);
  printf("%.20g\n", 1e22);
  printf("%.20g\n", 1e23);
  return 0;
}
