#include "ftest.h"
#include "test.h"

/* with a prototype a float parameter receives a float (no promotion to double) */
static double widen(float f) { return f; }
static float identity(float f) { return f; }
static int is_float_sized(float f) { return sizeof f == 4; }

int main(void) {
  PD(widen(0.1));
  PD(widen(1e-50)); /* underflows to 0 in float */
  PD(identity(16777217));
  ASSERT(1, is_float_sized(2.0));
  double d = 1.0 / 3;
  PD(widen(d));
  PD(widen(d) - d);
  int i = 123456789;
  PD(widen(i));
  return 0;
}
