#include "test.h"

int f(void) { return 1; }
int g(void) { return 2; }

int call_or(int (*h)(void), int dflt) { return h ? h() : dflt; }

int main(void) {
  int (*p)(void) = 0;
  ASSERT(7, call_or(p, 7));
  ASSERT(1, call_or(f, 7));
  p = g;
  ASSERT(2, call_or(p, 7));
  ASSERT(1, p != f);
  ASSERT(1, p == g);
  int (*q)(void) = p;
  ASSERT(1, q == p);
  return 0;
}
