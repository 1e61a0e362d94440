#include "ftest.h"
#include "test.h"

struct dl {
  double amount;
  long cents;
};

static struct dl split(double x) {
  struct dl r;
  r.cents = (long)(x * 100);
  r.amount = x - r.cents / 100.0;
  return r;
}
static struct dl merge(struct dl a, struct dl b) {
  a.amount += b.amount;
  a.cents += b.cents;
  return a;
}

int main(void) {
  ASSERT(16, sizeof(struct dl));
  struct dl a = split(12.345);
  ASSERT(1234, a.cents);
  PD(a.amount);
  struct dl m = merge(a, split(0.5));
  ASSERT(1284, m.cents);
  PD(m.amount);
  ASSERT(-250, merge(split(-1.25), split(-1.25)).cents);
  return 0;
}
