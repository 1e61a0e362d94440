#include <stdio.h>

/* prints x with n decimals, by hand (x >= 0, small) */
static void print_fixed(double x, int n) {
  long whole = (long)x;
  double frac = x - whole;
  printf("%ld.", whole);
  for (int i = 0; i < n; i++) {
    frac *= 10;
    int d = (int)frac;
    putchar('0' + d);
    frac -= d;
  }
  putchar('\n');
}

int main(void) {
  print_fixed(3.25, 4);
  print_fixed(0.5, 3);
  print_fixed(123.125, 5);
  print_fixed(1.0 / 3, 10);
  print_fixed(2.0 / 3, 10);
  print_fixed(0.1, 20);
  return 0;
}
