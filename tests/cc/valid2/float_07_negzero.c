#include <math.h>
#include "ftest.h"
#include "test.h"

int main(void) {
  double z = 0.0, nz = -0.0;
  ASSERT(1, z == nz);
  ASSERT(0, z < nz);
  ASSERT(0, signbit(z) != 0);
  ASSERT(1, signbit(nz) != 0);
  PD(nz);
  PD(-z);
  PD(z - z);
  PD(nz - z);
  PD(nz + nz);
  PD(nz * 5.0);
  PD(nz * -5.0);
  volatile double one = 1.0;
  ASSERT(1, one / nz < 0);
  ASSERT(1, one / z > 0);
  float fz = -0.0f;
  ASSERT(1, signbit(fz) != 0);
  double d = fz;
  ASSERT(1, signbit(d) != 0);
  ASSERT(0, !nz ? 0 : 1);
  int i = (int)nz;
  ASSERT(0, i);
  return 0;
}
