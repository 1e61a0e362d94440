#include <stdio.h>

int main(void) {
  printf("%.3a\n", 1.0 / 3);
  printf("%.0a\n", 1.5);
  printf("%.0a\n", 1.75);
  printf("%.1a\n", 1.96875);
  printf("%.13a\n", 1.0);
  printf("%.20a\n", 0.1);
  printf("%A\n", -1.0 / 3);
  printf("%.2A\n", 255.0);
  printf("%#a\n", 2.0);
  printf("%.3a\n", 0x1.fffp0);
  return 0;
}
