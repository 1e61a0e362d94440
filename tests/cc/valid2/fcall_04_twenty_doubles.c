#include "ftest.h"

/* 20 doubles: 8 in fa0-fa7, 8 in a0-a7, 4 on the stack */
static double d20(double a0, double a1, double a2, double a3, double a4, double a5,
                  double a6, double a7, double a8, double a9, double a10, double a11,
                  double a12, double a13, double a14, double a15, double a16, double a17,
                  double a18, double a19) {
  double v[20] = {a0, a1, a2, a3, a4, a5, a6, a7, a8, a9,
                  a10, a11, a12, a13, a14, a15, a16, a17, a18, a19};
  double s = 0;
  for (int i = 0; i < 20; i++)
    s = s * 2 + v[i];
  return s;
}

int main(void) {
  double r = d20(1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
  ASSERT_D(0x1p19, r);
  r = d20(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1);
  ASSERT_D(1.0, r);
  r = d20(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0);
  ASSERT_D(2.0, r);
  r = d20(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0);
  ASSERT_D(16.0, r);
  r = d20(0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
  ASSERT_D(2048.0, r);
  r = d20(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20);
  PD(r);
  r = d20(0.5, 0.25, 0.125, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, -1e6);
  PD(r);
  return 0;
}
