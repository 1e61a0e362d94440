#include "ftest.h"

static inline double sq(double x) { return x * x; }
static inline float fabsf_(float x) { return x < 0 ? -x : x; }
inline double cube(double x);
double cube(double x) { return x * sq(x); }

int main(void) {
  ASSERT_D(9.0, sq(3));
  ASSERT_D(2.5, fabsf_(-2.5f));
  ASSERT_D(2.5, fabsf_(2.5f));
  ASSERT_D(-8.0, cube(-2));
  PD(cube(0.1));
  PD(sq(cube(1.1)));
  return 0;
}
