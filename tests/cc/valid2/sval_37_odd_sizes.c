#include "test.h"

struct s6 {
  short a, b, c;
};
struct s10 {
  short v[5];
};
struct s12 {
  int v[3];
};
struct s5 {
  char c[5];
};

static struct s6 r6(struct s6 s) { return (struct s6){s.c, s.a, s.b}; }
static struct s10 r10(struct s10 s) {
  for (int i = 0; i < 5; i++)
    s.v[i] *= 2;
  return s;
}
static struct s12 r12(struct s12 s, int k) {
  s.v[k] = -s.v[k];
  return s;
}
static int sum5(struct s5 s) { return s.c[0] + s.c[1] + s.c[2] + s.c[3] + s.c[4]; }

int main(void) {
  ASSERT(6, sizeof(struct s6));
  ASSERT(10, sizeof(struct s10));
  ASSERT(12, sizeof(struct s12));
  ASSERT(5, sizeof(struct s5));
  struct s6 a = r6(r6((struct s6){1, 2, 3}));
  ASSERT(2, a.a);
  ASSERT(3, a.b);
  ASSERT(1, a.c);
  struct s10 b = r10(r10((struct s10){{1, 2, 3, 4, 5}}));
  ASSERT(20, b.v[4]);
  struct s12 c = r12(r12((struct s12){{7, 8, 9}}, 0), 2);
  ASSERT(-7, c.v[0]);
  ASSERT(8, c.v[1]);
  ASSERT(-9, c.v[2]);
  ASSERT(15, sum5((struct s5){{1, 2, 3, 4, 5}}));
  return 0;
}
