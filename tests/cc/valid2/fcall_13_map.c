#include "ftest.h"

static void map(float (*f)(float), const float *in, float *out, int n) {
  for (int i = 0; i < n; i++)
    out[i] = f(in[i]);
}

static float halve(float x) { return x / 2; }
static float clamp01(float x) { return x < 0 ? 0 : x > 1 ? 1 : x; }
static float smoothstep(float x) {
  x = clamp01(x);
  return x * x * (3 - 2 * x);
}

int main(void) {
  float in[5] = {-1.0f, 0.25f, 0.5f, 0.75f, 3.0f};
  float out[5];
  map(halve, in, out, 5);
  for (int i = 0; i < 5; i++)
    PD(out[i]);
  map(smoothstep, in, out, 5);
  for (int i = 0; i < 5; i++)
    PD(out[i]);
  return 0;
}
