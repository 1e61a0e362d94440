#include "test.h"

int main(void) {
  double vals[6] = {0.1, 1.9, 127.5, 128.5, 254.9999, 255.5};
  unsigned char out[6];
  for (int i = 0; i < 6; i++)
    out[i] = vals[i];
  ASSERT(0, out[0]);
  ASSERT(1, out[1]);
  ASSERT(127, out[2]);
  ASSERT(128, out[3]);
  ASSERT(254, out[4]);
  ASSERT(255, out[5]);
  unsigned short us[3];
  float fv[3] = {65534.5f, 1.5f, 32768.25f};
  for (int i = 0; i < 3; i++)
    us[i] = fv[i];
  ASSERT(65534, us[0]);
  ASSERT(1, us[1]);
  ASSERT(32768, us[2]);
  return 0;
}
