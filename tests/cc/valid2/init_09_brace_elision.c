#include "ftest.h"
#include "test.h"

#pragma GCC diagnostic ignored "-Wmissing-braces" /* the elided braces are the point */

struct pt {
  double x, y;
};
struct seg {
  struct pt a, b;
  int id;
};

int main(void) {
  struct seg s[2] = {1, 2, 3, 4, 7, 5, 6, 7.5, 8, 9};
  ASSERT_D(1.0, s[0].a.x);
  ASSERT_D(4.0, s[0].b.y);
  ASSERT(7, s[0].id);
  ASSERT_D(7.5, s[1].b.x);
  ASSERT(9, s[1].id);
  double m[2][3] = {1, 2, 3, 4};
  ASSERT_D(4.0, m[1][0]);
  ASSERT_D(0.0, m[1][2]);
  struct {
    int n;
    float v[3];
  } w = {3, 0.5f, 1.5f, 2.5f};
  ASSERT_D(4.5, w.v[0] + w.v[1] + w.v[2]);
  struct seg t = {{1, 2}, 3, 4, 5};
  ASSERT_D(3.0, t.b.x);
  ASSERT(5, t.id);
  return 0;
}
