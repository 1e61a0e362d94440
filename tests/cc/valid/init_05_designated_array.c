#include "test.h"

int main(void) {
  int a[6] = {[2] = 20, [4] = 40};
  ASSERT(0, a[0]);
  ASSERT(20, a[2]);
  ASSERT(40, a[4]);
  ASSERT(0, a[5]);
  int b[] = {[3] = 1, 2, 3};
  ASSERT(24, sizeof b);
  ASSERT(3, b[5]);
  int c[4] = {1, 2, [1] = 9, 10};
  ASSERT(9, c[1]);
  ASSERT(10, c[2]);
  ASSERT(0, c[3]);
  const char *names[] = {[1] = "one", [0] = "zero"};
  ASSERT('o', names[1][0]);
  ASSERT('z', names[0][0]);
  return 0;
}
