#include "ftest.h"

struct dd {
  double a, b;
};
struct ff {
  float a, b;
};

/* fa0-fa7 are taken: the struct of two doubles goes in integer registers */
static double after8(double f0, double f1, double f2, double f3, double f4, double f5,
                     double f6, double f7, struct dd s) {
  return f0 + f1 + f2 + f3 + f4 + f5 + f6 + f7 + s.a * 100 + s.b * 1000;
}

/* one FP register left: a struct needing two goes in an integer register */
static double one_left(double f0, double f1, double f2, double f3, double f4, double f5,
                       double f6, struct ff s, double last) {
  return f0 + f1 + f2 + f3 + f4 + f5 + f6 + s.a * 100 + s.b * 1000 + last * 10000;
}

/* FP and integer registers both exhausted: the structs go on the stack */
static double all_gone(double f0, double f1, double f2, double f3, double f4, double f5,
                       double f6, double f7, long i0, long i1, long i2, long i3, long i4,
                       long i5, long i6, long i7, struct dd s, struct ff t) {
  return f0 + f1 + f2 + f3 + f4 + f5 + f6 + f7 + i0 + i1 + i2 + i3 + i4 + i5 + i6 + i7 +
         s.a * 100 + s.b * 1000 + t.a * 10000 + t.b * 100000;
}

int main(void) {
  struct dd s = {2, 3};
  struct ff t = {4, 5};
  ASSERT_D(3208.0, after8(1, 1, 1, 1, 1, 1, 1, 1, s));
  ASSERT_D(65407.0, one_left(1, 1, 1, 1, 1, 1, 1, t, 6));
  ASSERT_D(543216.0, all_gone(1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, s, t));
  return 0;
}
