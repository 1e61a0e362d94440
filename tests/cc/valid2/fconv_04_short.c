#include "ftest.h"
#include "test.h"

int main(void) {
  short s = -32768;
  ASSERT_D(-32768.0, s);
  s = 32767;
  float f = s;
  ASSERT_D(32767.0, f);
  s = 32767.9;
  ASSERT(32767, s);
  s = -32768.9;
  ASSERT(-32768, s);
  s = -1234.5678f;
  ASSERT(-1234, s);
  double d = s;
  ASSERT_D(-1234.0, d);
  short v[4] = {1000, -2000, 3000, -4000};
  double avg = 0;
  for (int i = 0; i < 4; i++)
    avg += v[i];
  avg /= 4;
  ASSERT_D(-500.0, avg);
  return 0;
}
