#include "test.h"

int main(void) {
  int a[2][4] = {{1, 2, 3, 4}, {5, 6, 7, 8}};
  int (*p)[4] = a;
  int *q[4]; /* array of 4 pointers */
  ASSERT(8, sizeof p);
  ASSERT(32, sizeof q);
  ASSERT(16, sizeof *p);
  for (int i = 0; i < 4; i++)
    q[i] = &a[1][i];
  ASSERT(7, *q[2]);
  ASSERT(7, p[1][2]);
  ASSERT(5, **(p + 1));
  int (**pp)[4] = &p;
  ASSERT(4, (*pp)[0][3]);
  return 0;
}
