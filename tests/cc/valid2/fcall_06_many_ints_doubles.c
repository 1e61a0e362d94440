#include "ftest.h"
#include "test.h"

/* 10 ints (i8, i9 on the stack) and 10 doubles (d8, d9 on the stack too: a0-a7 are
   all taken by ints) */
static double f(int i0, int i1, int i2, int i3, int i4, int i5, int i6, int i7, int i8,
                int i9, double d0, double d1, double d2, double d3, double d4, double d5,
                double d6, double d7, double d8, double d9) {
  long is = i0 + 10L * i1 + 100L * i2 + 1000L * i3 + 10000L * i4 + 100000L * i5 +
            1000000L * i6 + 10000000L * i7 + 100000000L * i8 + 1000000000L * i9;
  double ds = d0 + d1 + d2 + d3 + d4 + d5 + d6 + d7 + d8 * 0.5 + d9 * 0.25;
  return is + ds;
}

int main(void) {
  PD(f(1, 2, 3, 4, 5, 6, 7, 8, 9, 1, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 1, 2));
  ASSERT_D(1000000000.25, f(0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1));
  ASSERT_D(100000000.5, f(0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0));
  ASSERT_D(7.0, f(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 7, 0, 0));
  return 0;
}
