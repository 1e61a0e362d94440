#include "test.h"

struct c { int v[3]; };
struct b { struct c c; struct c *pc; };
struct a { struct b b[2]; };

int main(void) {
  struct a a;
  struct c shared = {{7, 8, 9}};
  for (int i = 0; i < 2; i++) {
    for (int j = 0; j < 3; j++)
      a.b[i].c.v[j] = i * 3 + j;
    a.b[i].pc = &shared;
  }
  ASSERT(5, a.b[1].c.v[2]);
  ASSERT(8, a.b[0].pc->v[1]);
  struct a *pa = &a;
  ASSERT(3, pa->b[1].c.v[0]);
  pa->b[1].pc->v[2] = 90;
  ASSERT(90, shared.v[2]);
  ASSERT(1, &pa->b[1].c.v[1] - &a.b[0].c.v[0] == 7);
  return 0;
}
