#include "ftest.h"

struct df {
  double d;
  float f;
};

static struct df make(double d, float f) { return (struct df){d, f}; }
static struct df accumulate(struct df acc, double x) {
  acc.d += x;
  acc.f += (float)x;
  return acc;
}

int main(void) {
  printf("%zu\n", sizeof(struct df));
  struct df s = make(0, 0);
  for (int i = 0; i < 10; i++)
    s = accumulate(s, 0.1);
  PD(s.d);
  PD(s.f);
  PD(s.d - s.f);
  s = accumulate(make(1e20, 1e20f), 1.0);
  PD(s.d);
  PD(s.f);
  return 0;
}
