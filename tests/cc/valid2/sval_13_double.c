#include "ftest.h"

struct d1 {
  double v;
};

static struct d1 sq(struct d1 s) {
  s.v *= s.v;
  return s;
}
static struct d1 mk(double v) { return (struct d1){v}; }
static double sum4(struct d1 a, struct d1 b, struct d1 c, struct d1 d) {
  return a.v + b.v + c.v + d.v;
}

int main(void) {
  printf("%zu\n", sizeof(struct d1));
  ASSERT_D(6.25, sq(mk(2.5)).v);
  ASSERT_D(10.0, sum4(mk(1), mk(2), mk(3), mk(4)));
  PD(sum4(sq(mk(0.1)), mk(0.2), sq(mk(1e-10)), mk(-0.0)));
  struct d1 x = mk(1.0000001);
  for (int i = 0; i < 5; i++)
    x = sq(x);
  PD(x.v);
  return 0;
}
