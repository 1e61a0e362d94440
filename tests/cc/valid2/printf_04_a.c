#include <stdio.h>

int main(void) {
  printf("%a\n", 1.0);
  printf("%a\n", -1.0);
  printf("%a\n", 0.5);
  printf("%a\n", 0.1);
  printf("%a\n", 3.0);
  printf("%a\n", 255.0);
  printf("%a\n", 1e300);
  printf("%a\n", 1e-300);
  printf("%a\n", 0x1p-1074);
  printf("%a\n", 0x1.fffffffffffffp-1023);
  printf("%a\n", 0.0);
  printf("%a\n", -0.0);
  printf("%a\n", 0.1f);
  printf("%a\n", 16777215.0f);
  return 0;
}
