#include "ftest.h"

struct v2 {
  float x, y;
};

static struct v2 add(struct v2 a, struct v2 b) { return (struct v2){a.x + b.x, a.y + b.y}; }
static struct v2 scale(struct v2 a, float k) {
  a.x *= k;
  a.y *= k;
  return a;
}
static float dot(struct v2 a, struct v2 b) { return a.x * b.x + a.y * b.y; }

int main(void) {
  printf("%zu\n", sizeof(struct v2));
  struct v2 a = {1.5f, -2}, b = {0.25f, 4};
  struct v2 c = add(a, b);
  ASSERT_D(1.75, c.x);
  ASSERT_D(2.0, c.y);
  ASSERT_D(-7.625, dot(a, b));
  struct v2 d = scale(add(a, scale(b, 2)), 0.5f);
  ASSERT_D(1.0, d.x);
  ASSERT_D(3.0, d.y);
  PD(dot(scale(a, 0.1f), scale(b, 0.1f)));
  return 0;
}
