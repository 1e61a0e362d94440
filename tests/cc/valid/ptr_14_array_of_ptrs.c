#include "test.h"

int main(void) {
  int a = 1, b = 2, c = 3;
  int *ps[3] = {&a, &b, &c};
  ASSERT(6, *ps[0] + *ps[1] + *ps[2]);
  *ps[1] = 20;
  ASSERT(20, b);
  int **pp = ps;
  ASSERT(3, **(pp + 2));
  ASSERT(24, sizeof ps);
  for (int i = 0; i < 3; i++)
    *ps[i] *= 2;
  ASSERT(2, a);
  ASSERT(40, b);
  ASSERT(6, c);
  return 0;
}
