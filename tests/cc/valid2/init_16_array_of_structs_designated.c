#include "ftest.h"
#include "test.h"

struct sample {
  int t;
  double v;
};

int main(void) {
  struct sample s[5] = {[2].v = 2.5, [2].t = 20, [4] = {40, 4.5}, [0].t = 1};
  ASSERT(1, s[0].t);
  ASSERT_D(0.0, s[0].v);
  ASSERT(20, s[2].t);
  ASSERT_D(2.5, s[2].v);
  ASSERT(0, s[3].t);
  ASSERT(40, s[4].t);
  ASSERT_D(4.5, s[4].v);
  struct sample t[] = {[1] = {.v = -1}, [3].t = 3};
  ASSERT(4, sizeof t / sizeof t[0]);
  ASSERT_D(-1.0, t[1].v);
  ASSERT(3, t[3].t);
  return 0;
}
