#include "ftest.h"
#include "test.h"

double third = 1.0 / 3;
double two_pi = 2 * 3.14159265358979323846;
float fhalf = 1 / 2.0f;
double from_int = 7 / 2;
double neg = -0.0;
double arr[4] = {1.0 / 4, 2.0 / 4, 3 / 4.0};
float farr[] = {1e10, 1e-10, 0.1};
int int_from_double = 2.75 * 2;
long long_from_float = -3.99f;
struct s {
  int i;
  double d;
  float f;
} gs = {1, 0.1 + 0.2, 1.0f / 3};
static double sd = (double)(1L << 60);
static const double cd = 1e300 * 1e10; /* overflows to infinity at compile time */

int main(void) {
  PD(third);
  PD(two_pi);
  PD(fhalf);
  ASSERT_D(3.0, from_int);
  PD(neg);
  ASSERT_D(0.25, arr[0]);
  ASSERT_D(0.5, arr[1]);
  ASSERT_D(0.75, arr[2]);
  ASSERT_D(0.0, arr[3]);
  ASSERT(3, sizeof farr / sizeof farr[0]);
  PD(farr[0]);
  PD(farr[1]);
  PD(farr[2]);
  ASSERT(5, int_from_double);
  ASSERT(-3, long_from_float);
  PD(gs.d);
  PD(gs.f);
  PD(sd);
  ASSERT(1, cd > 1e308);
  return 0;
}
