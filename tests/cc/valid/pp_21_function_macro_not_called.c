#include "test.h"

#define f(x) ((x) * 10)
int (f)(int x) { return x + 1; } /* parentheses stop the expansion */

#define g(x) (x)
int g = 7;

int main(void) {
  ASSERT(50, f(5));
  ASSERT(6, (f)(5));
  int (*p)(int) = f;
  ASSERT(4, p(3));
  ASSERT(7, g);
  ASSERT(3, g(3));
  return 0;
}
