#include <math.h>
#include <stdio.h>

int main(void) {
  printf("%F\n", 1.5);
  printf("%E\n", 12345.678);
  printf("%G\n", 0.00001234);
  printf("%G\n", 1e30);
  printf("%A\n", 0.1);
  printf("%A\n", 255.5);
  printf("%F %E %G\n", INFINITY, -INFINITY, INFINITY);
  printf("%F %E %G %A\n", NAN, NAN, NAN, NAN);
  printf("%f %e %g %a\n", INFINITY, -INFINITY, NAN, -INFINITY);
  return 0;
}
