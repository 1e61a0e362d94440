#include <float.h>
#include <stdio.h>

int main(void) {
  long double x = 1.0L / 3;
  printf("%Lf\n", x);
  printf("%.30Lf\n", x);
  printf("%Le\n", x);
  printf("%.35Lg\n", x);
  printf("%La\n", x);
  printf("%Lf\n", 0.1L);
  printf("%.40Lf\n", 0.1L);
  printf("%Lg\n", LDBL_MAX);
  printf("%La\n", LDBL_MIN);
  printf("%Lg\n", LDBL_EPSILON);
  printf("%.0Lf\n", 1e30L);
  printf("[%20.5Lf] [%-20.5Le]\n", -x, x);
  return 0;
}
