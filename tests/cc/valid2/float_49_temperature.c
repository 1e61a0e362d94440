#include <stdio.h>

static double to_celsius(double f) { return (f - 32) * 5 / 9; }
static float to_fahrenheit(float c) { return c * 9 / 5 + 32; }

int main(void) {
  for (int f = -40; f <= 220; f += 52)
    printf("%4d F = %.17g C\n", f, to_celsius(f));
  for (int c = -40; c <= 100; c += 35)
    printf("%4d C = %.9g F\n", c, to_fahrenheit(c));
  printf("%.17g\n", to_celsius(to_fahrenheit(37.5f)));
  return 0;
}
