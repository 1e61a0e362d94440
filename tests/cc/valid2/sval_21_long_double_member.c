#include "ftest.h"
#include "test.h"

struct ld_ {
  long n;
  double x;
};

static struct ld_ step(struct ld_ s) {
  s.n++;
  s.x = s.x / 2 + 1.0 / s.n;
  return s;
}
static double eval(struct ld_ s) { return s.n * s.x; }

int main(void) {
  ASSERT(16, sizeof(struct ld_));
  struct ld_ s = {0, 1.0};
  for (int i = 0; i < 6; i++)
    s = step(s);
  ASSERT(6, s.n);
  PD(s.x);
  PD(eval(s));
  PD(eval(step(step((struct ld_){-3, 0.5}))));
  return 0;
}
