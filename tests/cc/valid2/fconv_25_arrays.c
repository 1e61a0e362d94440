#include "ftest.h"
#include "test.h"

struct sample {
  short raw;
  unsigned char gain;
  float value;
};

int main(void) {
  struct sample s[4] = {{-300, 2}, {150, 3}, {0, 9}, {32767, 1}};
  for (int i = 0; i < 4; i++)
    s[i].value = s[i].raw * s[i].gain / 4.0f;
  ASSERT_D(-150.0, s[0].value);
  ASSERT_D(112.5, s[1].value);
  ASSERT_D(0.0, s[2].value);
  ASSERT_D(8191.75, s[3].value);
  float fv[3] = {1.5f, -2.5f, 1e5f};
  int iv[3];
  long lv[3];
  for (int i = 0; i < 3; i++) {
    iv[i] = fv[i];
    lv[i] = fv[i] * 1e5f;
  }
  ASSERT(1, iv[0]);
  ASSERT(-2, iv[1]);
  ASSERT(100000, iv[2]);
  ASSERT(150000, lv[0]);
  ASSERT(-250000, lv[1]);
  ASSERT(10000000000L, lv[2]);
  return 0;
}
