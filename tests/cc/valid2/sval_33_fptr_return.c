#include "ftest.h"
#include "test.h"

struct pt {
  int x, y;
};
struct vd {
  double a, b;
};
struct big {
  long v[5];
};

static struct pt origin(void) { return (struct pt){0, 0}; }
static struct pt unit(void) { return (struct pt){1, 1}; }
static struct vd halves(double x) { return (struct vd){x / 2, -x / 2}; }
static struct big fill(long k) {
  struct big b;
  for (int i = 0; i < 5; i++)
    b.v[i] = k * i;
  return b;
}

int main(void) {
  struct pt (*makers[2])(void) = {origin, unit};
  struct pt p = makers[1]();
  ASSERT(1, p.x + makers[0]().y);
  struct vd (*h)(double) = halves;
  struct vd v = h(5);
  ASSERT_D(2.5, v.a);
  ASSERT_D(-2.5, (*h)(5).b);
  struct big (*f)(long) = &fill;
  ASSERT(28, f(7).v[4]);
  struct big b = f(-3);
  ASSERT(-6, b.v[2]);
  return 0;
}
