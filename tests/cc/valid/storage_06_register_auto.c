#include "test.h"

int sum(register int n) {
  register int s = 0;
  auto int i;
  for (i = 1; i <= n; i++)
    s += i;
  return s;
}

int main(void) {
  auto int x = 4;
  register char c = 'r';
  ASSERT(10, sum(x));
  ASSERT(5050, sum(100));
  ASSERT('r', c);
  return 0;
}
