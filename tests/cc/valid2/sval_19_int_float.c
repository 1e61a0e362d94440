#include "ftest.h"
#include "test.h"

struct if_ {
  int id;
  float score;
};

static struct if_ best(struct if_ a, struct if_ b, struct if_ c) {
  struct if_ m = a;
  if (b.score > m.score)
    m = b;
  if (c.score > m.score)
    m = c;
  return m;
}
static struct if_ curve(struct if_ s, float by) {
  s.score = s.score * by + 1;
  s.id += 100;
  return s;
}

int main(void) {
  ASSERT(8, sizeof(struct if_));
  struct if_ a = {1, 71.5f}, b = {2, 88.25f}, c = {3, 80};
  ASSERT(2, best(a, b, c).id);
  struct if_ d = curve(c, 1.1f);
  ASSERT(103, d.id);
  PD(d.score);
  ASSERT(103, best(a, b, d).id);
  ASSERT(101, best(curve(a, 2), b, c).id);
  return 0;
}
