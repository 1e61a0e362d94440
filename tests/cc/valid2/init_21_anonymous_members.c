#include "ftest.h"
#include "test.h"

struct shape {
  int kind;
  union {
    struct {
      double w, h;
    };
    struct {
      double r;
    };
  };
  struct {
    float x, y;
  } center;
};

static double area(struct shape s) { return s.kind == 0 ? s.w * s.h : 3 * s.r * s.r; }

int main(void) {
  struct shape a = {.kind = 0, .w = 2, .h = 3.5, .center = {1, 1}};
  struct shape b = {.kind = 1, .r = 0.5};
  ASSERT_D(7.0, area(a));
  ASSERT_D(0.75, area(b));
  ASSERT_D(0.5, b.w); /* r and w share storage */
  ASSERT(32, sizeof(struct shape));
  ASSERT_D(1.0, a.center.y);
  struct shape c = {1, {{4.0}}, {0.5f, -0.5f}};
  ASSERT_D(48.0, area(c));
  ASSERT_D(-0.5, c.center.y);
  return 0;
}
