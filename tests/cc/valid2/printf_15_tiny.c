#include <float.h>
#include <stdio.h>

int main(void) {
  printf("%e\n", 5e-324);
  printf("%.20e\n", 5e-324);
  printf("%g\n", DBL_MIN);
  printf("%.17g\n", DBL_MIN);
  printf("%e\n", FLT_MIN);
  printf("%g\n", FLT_EPSILON);
  printf("%g\n", DBL_EPSILON);
  printf("%.330f\n", 1e-320);
  printf("%.3f\n", 1e-300);
  printf("%.0e\n", 1.5e-310);
  return 0;
}
