#include <stdarg.h>
#include "ftest.h"

struct vec2 {
  double x, y;
};
struct fpair {
  float a, b;
};

/* variadic structs of floats travel in integer registers */
static struct vec2 add_all(int n, ...) {
  va_list ap;
  va_start(ap, n);
  struct vec2 s = {0, 0};
  for (int i = 0; i < n; i++) {
    struct vec2 v = va_arg(ap, struct vec2);
    s.x += v.x;
    s.y += v.y;
  }
  va_end(ap);
  return s;
}

static double dot_fpairs(int n, ...) {
  va_list ap;
  va_start(ap, n);
  double s = 0;
  for (int i = 0; i < n; i++) {
    struct fpair p = va_arg(ap, struct fpair);
    s += p.a * p.b;
  }
  va_end(ap);
  return s;
}

int main(void) {
  struct vec2 a = {1.5, -2}, b = {0.25, 8}, c = {-1, 0.5};
  struct vec2 s = add_all(3, a, b, c);
  ASSERT_D(0.75, s.x);
  ASSERT_D(6.5, s.y);
  s = add_all(5, a, a, a, a, b); /* the fourth and fifth on the stack */
  ASSERT_D(6.25, s.x);
  ASSERT_D(0.0, s.y);
  struct fpair p = {0.5f, 3}, q = {-2, 2.25f};
  ASSERT_D(-3.0, dot_fpairs(2, p, q));
  return 0;
}
