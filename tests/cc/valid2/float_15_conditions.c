#include "test.h"

static int truthy(double d) {
  if (d)
    return 1;
  return 0;
}

int main(void) {
  double zero = 0.0, nzero = -0.0, half = 0.5, tiny = 1e-300;
  ASSERT(0, truthy(zero));
  ASSERT(0, truthy(nzero));
  ASSERT(1, truthy(half));
  ASSERT(1, truthy(tiny));
  ASSERT(1, truthy(-tiny));
  ASSERT(1, !zero);
  ASSERT(1, !nzero);
  ASSERT(0, !half);
  int x = 3;
  ASSERT(1, half && x);
  ASSERT(0, zero && x);
  ASSERT(1, zero || x);
  ASSERT(0, zero || nzero);
  ASSERT(1, zero || half);
  float f = 0.0f;
  ASSERT(1, !f);
  f = 0.001f;
  ASSERT(1, !!f);
  int n = 0;
  double d = 3.0;
  while (d) {
    d -= 1.0;
    n++;
  }
  ASSERT(3, n);
  n = 0;
  for (double e = 1.0; e; e = e > 0.2 ? e / 2 : 0.0)
    n++;
  ASSERT(4, n);
  _Bool b = half;
  ASSERT(1, b);
  b = tiny;
  ASSERT(1, b);
  b = nzero;
  ASSERT(0, b);
  return 0;
}
