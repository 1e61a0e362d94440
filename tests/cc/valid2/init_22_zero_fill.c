#include <math.h>
#include "ftest.h"
#include "test.h"

struct data {
  double a;
  float b[3];
  long c;
  double *p;
};

int main(void) {
  struct data z = {0};
  ASSERT_D(0.0, z.a);
  ASSERT(0, signbit(z.a) != 0);
  ASSERT_D(0.0, z.b[2]);
  ASSERT(0, z.c);
  ASSERT(1, z.p == 0);
  struct data part = {-0.0, {1.5f}};
  ASSERT(1, signbit(part.a) != 0);
  ASSERT_D(1.5, part.b[0]);
  ASSERT_D(0.0, part.b[1]);
  ASSERT(0, signbit(part.b[2]) != 0);
  static struct data s;
  ASSERT_D(0.0, s.a + s.b[0] + s.b[1] + s.b[2]);
  double arr[4] = {1};
  ASSERT_D(1.0, arr[0] + arr[1] + arr[2] + arr[3]);
  return 0;
}
