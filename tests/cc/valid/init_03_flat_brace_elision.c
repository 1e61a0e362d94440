#include "test.h"

/* brace elision is the point of this test */
#pragma GCC diagnostic ignored "-Wmissing-braces"

int main(void) {
  int m[2][3] = {1, 2, 3, 4, 5, 6};
  ASSERT(4, m[1][0]);
  ASSERT(6, m[1][2]);
  int n[][2] = {1, 2, 3};
  ASSERT(16, sizeof n);
  ASSERT(3, n[1][0]);
  ASSERT(0, n[1][1]);
  struct { int a, b; } s[2] = {1, 2, 3, 4};
  ASSERT(3, s[1].a);
  ASSERT(4, s[1].b);
  return 0;
}
