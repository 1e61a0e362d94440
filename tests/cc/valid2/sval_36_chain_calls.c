#include "ftest.h"
#include "test.h"

struct money {
  long units;
  int cents;
};
struct rate {
  double r;
};

static struct money norm(struct money m) {
  m.units += m.cents / 100;
  m.cents %= 100;
  return m;
}
static struct money add(struct money a, struct money b) {
  return norm((struct money){a.units + b.units, a.cents + b.cents});
}
static struct money apply(struct money m, struct rate r) {
  long total = m.units * 100 + m.cents;
  total = (long)(total * (1 + r.r));
  return norm((struct money){0, (int)total});
}

int main(void) {
  struct money a = {10, 75}, b = {5, 50};
  struct money s = add(a, b);
  ASSERT(16, s.units);
  ASSERT(25, s.cents);
  struct money t = apply(add(add(a, b), add(b, b)), (struct rate){0.1});
  ASSERT(29, t.units);
  ASSERT(97, t.cents);
  ASSERT(27, add(apply(a, (struct rate){1.0}), b).units);
  return 0;
}
