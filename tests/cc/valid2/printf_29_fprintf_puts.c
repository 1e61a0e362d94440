#include <stdio.h>

int main(void) {
  fprintf(stdout, "%.5f\n", 2.0 / 7);
  char buf[40];
  snprintf(buf, sizeof buf, "%10.4e|%-10.4e|", 1.0 / 7, -1.0 / 7);
  puts(buf);
  fputs("x = ", stdout);
  printf("%+.3g\n", 6.0221e23);
  int n = printf("%f\n", 1.0);
  printf("%d\n", n);
  n = fprintf(stdout, "%e\n", 1.0);
  printf("%d\n", n);
  fflush(stdout);
  return 0;
}
