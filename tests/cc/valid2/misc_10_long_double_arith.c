#include <stdio.h>
#include "test.h"

int main(void) {
  long double a = 1.0L, b = 3.0L;
  long double q = a / b;
  printf("%.36Lg\n", q);
  printf("%La\n", q);
  printf("%.36Lg\n", q * 3);
  long double x = 0.1L + 0.2L;
  printf("%.36Lg\n", x);
  ASSERT(1, x != 0.3L);
  long double big = 1e4000L;
  printf("%Lg\n", big * big / 1e4000L);
  long double eps = 1.0L;
  int bits = 0;
  while (1.0L + eps / 2 != 1.0L) {
    eps /= 2;
    bits++;
  }
  ASSERT(112, bits);
  long double acc = 0;
  for (int i = 1; i <= 10; i++)
    acc += 1.0L / i;
  printf("%.34Lf\n", acc);
  acc -= 2;
  acc *= -1;
  acc++;
  printf("%.30Lg\n", acc);
  ASSERT(1, -q < q);
  return 0;
}
