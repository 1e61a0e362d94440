#include "ftest.h"
#include "test.h"

struct dl {
  double d;
  long l;
};
struct fi {
  float f;
  int i;
};

/* no integer register left: {double, long} cannot use one FP and one integer register,
   so it is passed like an integer struct (on the stack) */
static double no_int(long a, long b, long c, long d, long e, long f, long g, long h,
                     struct dl s, double x) {
  return a + b + c + d + e + f + g + h + s.d * 100 + s.l * 1000 + x * 10000;
}

/* no FP register left: {float, int} goes in an integer register */
static double no_fp(double f0, double f1, double f2, double f3, double f4, double f5,
                    double f6, double f7, struct fi s, int k) {
  return f0 + f1 + f2 + f3 + f4 + f5 + f6 + f7 + s.f * 100 + s.i * 1000 + k * 10000;
}

static struct dl make_dl(double d, long l) { return (struct dl){d, l}; }

int main(void) {
  ASSERT_D(75308.0, no_int(1, 1, 1, 1, 1, 1, 1, 1, make_dl(3, 5), 7));
  struct fi s = {2.5f, 3};
  ASSERT_D(43258.0, no_fp(1, 1, 1, 1, 1, 1, 1, 1, s, 4));
  struct dl r = make_dl(0.5, -9);
  ASSERT(-9, r.l);
  ASSERT_D(0.5, r.d);
  return 0;
}
