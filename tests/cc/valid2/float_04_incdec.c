#include "ftest.h"
#include "test.h"

int main(void) {
  double d = 0.5;
  ASSERT_D(0.5, d++);
  ASSERT_D(1.5, d);
  ASSERT_D(2.5, ++d);
  ASSERT_D(2.5, d--);
  ASSERT_D(0.5, --d);
  float f = -0.25f;
  f++;
  ASSERT_D(0.75, f);
  ++f;
  --f;
  f--;
  ASSERT_D(-0.25, f);
  double big = 9007199254740992.0; /* 2^53: ++ is lost */
  big++;
  ASSERT_D(9007199254740992.0, big);
  float fb = 16777216.0f; /* 2^24 */
  fb++;
  ASSERT_D(16777216.0, fb);
  double arr[3] = {1.0, 2.0, 3.0};
  double *p = arr;
  (*p++)++;
  ++*p;
  ASSERT_D(2.0, arr[0]);
  ASSERT_D(3.0, arr[1]);
  ASSERT_D(3.0, *p);
  int n = 0;
  for (double x = 0.0; x < 2.0; x += 0.25)
    n++;
  ASSERT(8, n);
  return 0;
}
