#include "test.h"

int add1(int x) { return x + 1; }
int times3(int x) { return x * 3; }

int run(int (*steps[])(int), int n, int x) {
  for (int i = 0; i < n; i++)
    x = steps[i](x);
  return x;
}

int run2(int n, int (**steps)(int), int x) { return run(steps, n, x); }

int main(void) {
  int (*prog[])(int) = {add1, times3, add1, times3};
  ASSERT(21, run(prog, 4, 1));
  ASSERT(6, run2(2, prog, 1));
  ASSERT(4, run(prog + 2, 1, 3));
  return 0;
}
