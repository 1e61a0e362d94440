#include "test.h"

#pragma GCC diagnostic ignored "-Wdangling-else"
#pragma GCC diagnostic ignored "-Wparentheses"

int f(int a, int b) {
  int r = 0;
  if (a)
    if (b)
      r = 1;
    else /* belongs to the inner if */
      r = 2;
  return r;
}

int main(void) {
  ASSERT(1, f(1, 1));
  ASSERT(2, f(1, 0));
  ASSERT(0, f(0, 1));
  ASSERT(0, f(0, 0));
  return 0;
}
