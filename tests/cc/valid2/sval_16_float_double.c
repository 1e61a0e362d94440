#include "ftest.h"

struct fd {
  float f;
  double d;
};

static struct fd swap_scale(struct fd s) {
  float nf = (float)s.d;
  s.d = s.f * 10.0;
  s.f = nf;
  return s;
}
static double total(struct fd a, struct fd b) { return a.f + a.d + b.f + b.d; }

int main(void) {
  printf("%zu\n", sizeof(struct fd));
  struct fd a = {0.5f, 0.1};
  struct fd b = swap_scale(a);
  PD(b.f);
  PD(b.d);
  PD(total(a, b));
  PD(total(swap_scale(b), swap_scale(swap_scale(a))));
  return 0;
}
