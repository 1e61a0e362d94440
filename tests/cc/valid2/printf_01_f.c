#include <stdio.h>

int main(void) {
  printf("%f\n", 0.0);
  printf("%f\n", 1.0);
  printf("%f\n", -1.5);
  printf("%f\n", 3.14159265358979);
  printf("%f\n", 1234567.891);
  printf("%f\n", 0.1);
  printf("%f\n", 0.0000004);
  printf("%f\n", 0.0000005);
  printf("%f\n", 0.0000015);
  printf("%f\n", 1e15);
  printf("%f\n", 123456789012345678.0);
  printf("%f|%f|%f\n", 1.0 / 3, 2.0 / 3, -1.0 / 3);
  return 0;
}
