#include "ftest.h"
#include "test.h"

int main(void) {
  unsigned char uc = 255;
  ASSERT_D(255.0, uc);
  float f = uc;
  ASSERT_D(255.0, f);
  uc = 255.99;
  ASSERT(255, uc);
  uc = 0.5f;
  ASSERT(0, uc);
  uc = -0.75; /* truncates to 0, which fits */
  ASSERT(0, uc);
  uc = (unsigned char)128.25;
  ASSERT(128, uc);
  double d = 200;
  uc = d + 55;
  ASSERT(255, uc);
  unsigned char px[4] = {0, 64, 128, 255};
  for (int i = 0; i < 4; i++)
    PD(px[i] / 255.0);
  return 0;
}
