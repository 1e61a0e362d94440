#include "ftest.h"
#include "test.h"

int main(void) {
  double d = 1.0;
  d += 2.5;
  ASSERT_D(3.5, d);
  d -= 0.25;
  ASSERT_D(3.25, d);
  d *= 4;
  ASSERT_D(13.0, d);
  d /= 8;
  ASSERT_D(1.625, d);
  float f = 10.0f;
  f += 0.5;
  ASSERT_D(10.5, f);
  f *= f;
  ASSERT_D(110.25, f);
  int i = 7;
  i += 2.9;
  ASSERT(9, i);
  i *= 1.5;
  ASSERT(13, i);
  i /= 0.5;
  ASSERT(26, i);
  i -= 0.75;
  ASSERT(25, i);
  long l = 1000000000000L;
  l *= 2.5;
  ASSERT(2500000000000L, l);
  unsigned char uc = 200;
  uc += 50.7;
  ASSERT(250, uc);
  return 0;
}
