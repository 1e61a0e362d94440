#include "ftest.h"
#include "test.h"

int main(void) {
  char c = 'z';
  double d = c;
  ASSERT_D(122.0, d);
  float f = c;
  ASSERT_D(122.0, f);
  d = 65.9;
  c = d;
  ASSERT('A', c);
  f = 48.01f;
  c = f;
  ASSERT('0', c);
  c = 100.999;
  ASSERT(100, c);
  c = 0.7;
  ASSERT(0, c);
  char s[4] = {'a', 'b', 'c', 0};
  double sum = 0;
  for (int i = 0; s[i]; i++)
    sum += s[i];
  ASSERT_D(294.0, sum);
  ASSERT_D(99.5, s[2] + 0.5);
  return 0;
}
