#include "ftest.h"

static int calls;
static double noisy(double x) {
  calls++;
  /* clobbers caller-saved float registers */
  volatile double t0 = x * 2, t1 = x * 3, t2 = x * 4, t3 = x * 5;
  return t0 + t1 - t2 - t3 + x * 5;
}

int main(void) {
  double a = 1.25, b = -3.5, c = 1e10, d = 0.1, e = 7, f = 2.5, g = -0.125, h = 64;
  double acc = 0;
  for (int i = 0; i < 4; i++) {
    acc += noisy(a) + noisy(b) * 0.5;
    a += b;
    b *= d;
  }
  PD(acc);
  PD(a + b + c + d + e + f + g + h);
  PD(noisy(c) - c);
  printf("calls %d\n", calls);
  return 0;
}
