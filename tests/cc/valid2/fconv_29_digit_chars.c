#include <stdio.h>

static void digits(double x) {
  char buf[32];
  int n = 0;
  long whole = (long)x;
  if (whole == 0)
    buf[n++] = '0';
  while (whole > 0) {
    buf[n++] = '0' + (char)(whole % 10);
    whole /= 10;
  }
  for (int i = n - 1; i >= 0; i--)
    putchar(buf[i]);
  putchar('.');
  double frac = x - (long)x;
  for (int i = 0; i < 3; i++) {
    frac *= 10;
    char c = '0' + (int)frac;
    putchar(c);
    frac -= (int)frac;
  }
  putchar('\n');
}

int main(void) {
  digits(0.0);
  digits(7.125);
  digits(31415.9265);
  digits(1000000.5);
  return 0;
}
