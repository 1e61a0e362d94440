#include <stdio.h>

int main(void) {
  printf("%e\n", 0.0);
  printf("%e\n", 1.0);
  printf("%e\n", -12345.678);
  printf("%e\n", 0.000123);
  printf("%e\n", 1e100);
  printf("%e\n", 1e-100);
  printf("%e\n", 9.9999995);
  printf("%e\n", 9.9999996);
  printf("%e\n", 1.7976931348623157e308);
  printf("%e\n", 2.2250738585072014e-308);
  printf("%.3e|%.0e|%.10e\n", 6.02214076e23, 5e-5, 1.0 / 7);
  return 0;
}
