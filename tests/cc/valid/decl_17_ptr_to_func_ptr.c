#include "test.h"

int one(void) { return 1; }
int two(void) { return 2; }

void pick(int (**out)(void), int which) { *out = which ? two : one; }

int main(void) {
  int (*f)(void);
  int (**pf)(void) = &f;
  pick(pf, 0);
  ASSERT(1, f());
  pick(&f, 1);
  ASSERT(2, (*pf)());
  ASSERT(2, (**pf)());
  return 0;
}
