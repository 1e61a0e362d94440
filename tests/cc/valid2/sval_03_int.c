#include "test.h"

struct i1 {
  int v;
};

static struct i1 sq(struct i1 s) {
  s.v *= s.v;
  return s;
}
static int sum3(struct i1 a, struct i1 b, struct i1 c) { return a.v + b.v + c.v; }

int main(void) {
  ASSERT(4, sizeof(struct i1));
  struct i1 a = {-7}, b = {100000}, c = {3};
  ASSERT(49, sq(a).v);
  ASSERT(99996, sum3(a, b, c));
  ASSERT(100058, sum3(sq(a), b, c.v > 2 ? sq(c) : c));
  struct i1 arr[3] = {{1}, {2}, {3}};
  int t = 0;
  for (int i = 0; i < 3; i++)
    t += sq(arr[i]).v;
  ASSERT(14, t);
  ASSERT(1, arr[2].v == 3);
  return 0;
}
