#include "test.h"

static int calls;
int t(void) { calls++; return 1; }
int f(void) { calls++; return 0; }

int main(void) {
  calls = 0;
  ASSERT(0, f() && t());
  ASSERT(1, calls);
  calls = 0;
  ASSERT(1, t() || f());
  ASSERT(1, calls);
  calls = 0;
  ASSERT(1, f() || t());
  ASSERT(2, calls);
  calls = 0;
  ASSERT(1, t() && t() && t());
  ASSERT(3, calls);
  calls = 0;
  ASSERT(0, t() && f() && t());
  ASSERT(2, calls);
  int *p = 0;
  ASSERT(0, p && *p);
  int x = 0;
  ASSERT(1, x == 0 || 10 / x > 1);
  return 0;
}
