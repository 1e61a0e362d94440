#include "ftest.h"

static double ipow(double b, int e) {
  int neg = e < 0;
  unsigned u = neg ? -(unsigned)e : (unsigned)e;
  double r = 1;
  while (u) {
    if (u & 1)
      r *= b;
    b *= b;
    u >>= 1;
  }
  return neg ? 1 / r : r;
}

int main(void) {
  ASSERT_D(1024.0, ipow(2, 10));
  ASSERT_D(0.0009765625, ipow(2, -10));
  ASSERT_D(1.0, ipow(123.456, 0));
  ASSERT_D(-27.0, ipow(-3, 3));
  PD(ipow(1.1, 10));
  PD(ipow(10, 22));
  PD(ipow(10, 23));
  PD(ipow(10, -5));
  PD(ipow(0.5, 1074));
  PD(ipow(2, 1024));
  return 0;
}
