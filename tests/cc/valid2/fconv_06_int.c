#include <limits.h>
#include "ftest.h"
#include "test.h"

int main(void) {
  int i = INT_MAX;
  double d = i;
  ASSERT_D(2147483647.0, d);
  i = INT_MIN;
  d = i;
  ASSERT_D(-2147483648.0, d);
  d = 2147483647.999;
  i = d;
  ASSERT(INT_MAX, i);
  d = -2147483648.999;
  i = d;
  ASSERT(INT_MIN, i);
  i = -7.9;
  ASSERT(-7, i);
  i = 7.9;
  ASSERT(7, i);
  float f = 123456.789f;
  i = f;
  ASSERT(123456, i);
  f = -2147483648.0f;
  i = f;
  ASSERT(INT_MIN, i);
  i = 1e9;
  ASSERT(1000000000, i);
  return 0;
}
