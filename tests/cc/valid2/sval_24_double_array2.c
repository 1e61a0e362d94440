#include "ftest.h"
#include "test.h"

struct interval {
  double b[2];
};

static struct interval widen(struct interval i, double by) {
  i.b[0] -= by;
  i.b[1] += by;
  return i;
}
static struct interval hull(struct interval x, struct interval y) {
  struct interval r;
  r.b[0] = x.b[0] < y.b[0] ? x.b[0] : y.b[0];
  r.b[1] = x.b[1] > y.b[1] ? x.b[1] : y.b[1];
  return r;
}
static double width(struct interval i) { return i.b[1] - i.b[0]; }

int main(void) {
  ASSERT(16, sizeof(struct interval));
  struct interval a = {{1, 2}}, b = {{-0.5, 1.25}};
  struct interval h = hull(a, b);
  ASSERT_D(-0.5, h.b[0]);
  ASSERT_D(2.0, h.b[1]);
  ASSERT_D(2.5, width(h));
  ASSERT_D(3.0, width(widen(a, 1)));
  PD(width(hull(widen(a, 0.1), widen(b, 0.2))));
  return 0;
}
