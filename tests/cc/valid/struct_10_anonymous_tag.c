#include "test.h"

struct {
  int a, b;
} g = {1, 2};

int main(void) {
  struct {
    char c;
    long l;
  } local = {'x', 99};
  ASSERT(3, g.a + g.b);
  ASSERT('x', local.c);
  ASSERT(99, local.l);
  ASSERT(16, sizeof local);
  struct {
    int v[3];
  } arr[2] = {{{1, 2, 3}}, {{4, 5, 6}}};
  ASSERT(6, arr[1].v[2]);
  return 0;
}
