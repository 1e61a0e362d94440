#include "ftest.h"
#include "test.h"

static double pi(void) { return 3.14159265358979323846; }
static float fpi(void) { return 3.14159265358979323846f; }
static double square(double x) { return x * x; }
static float fsquare(float x) { return x * x; }
static double from_int(int i) { return i; }
static int to_int(double d) { return d; }

int main(void) {
  PD(pi());
  PD(fpi());
  ASSERT_D(6.25, square(2.5));
  ASSERT_D(6.25, fsquare(2.5f));
  ASSERT_D(-7.0, from_int(-7));
  ASSERT(3, to_int(pi()));
  ASSERT_D(9.0, square(from_int(to_int(pi()))));
  PD(square(pi()) - fsquare(fpi()));
  return 0;
}
