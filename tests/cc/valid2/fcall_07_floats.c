#include "ftest.h"

static float fsum10(float a, float b, float c, float d, float e, float f, float g, float h,
                    float i, float j) {
  return a + b + c + d + e + f + g + h + i + j;
}
static float fmax3(float a, float b, float c) {
  float m = a > b ? a : b;
  return m > c ? m : c;
}
static float lerp(float a, float b, float t) { return a + (b - a) * t; }

int main(void) {
  PD(fsum10(0.1f, 0.2f, 0.3f, 0.4f, 0.5f, 0.6f, 0.7f, 0.8f, 0.9f, 1.0f));
  ASSERT_D(55.0, fsum10(1, 2, 3, 4, 5, 6, 7, 8, 9, 10));
  ASSERT_D(3.5, fmax3(1.5f, 3.5f, -2.0f));
  ASSERT_D(-0.5, fmax3(-1.5f, -3.5f, -0.5f));
  ASSERT_D(2.5, lerp(0.0f, 10.0f, 0.25f));
  PD(lerp(1.0f, 2.0f, 1.0f / 3.0f));
  float arg = 0.1; /* the double is converted to float before the call */
  PD(lerp(arg, arg, arg));
  return 0;
}
