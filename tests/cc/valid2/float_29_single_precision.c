#include "ftest.h"
#include "test.h"

int main(void) {
  float f = 0;
  double d = 0;
  for (int i = 0; i < 10; i++) {
    f += 0.1f;
    d += 0.1;
  }
  PD(f);
  PD(d);
  ASSERT(1, f != 1.0f);
  ASSERT(1, d != 1.0);
  float big = 1e8f;
  float small = 1.0f;
  ASSERT_D(1e8, big + small);
  ASSERT_D(100000001.0, (double)big + small);
  float third = 1.0f / 3;
  PD(third);
  PD(third * 3);
  ASSERT(4, sizeof(third * 3));
  float prod = 1.0f;
  for (int i = 1; i <= 12; i++)
    prod *= i;
  ASSERT_D(479001600.0, prod);
  prod *= 13;
  PD(prod);
  return 0;
}
