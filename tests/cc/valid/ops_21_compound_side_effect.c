#include "test.h"

static int calls;
int *once(int *p) {
  calls++;
  return p;
}

int main(void) {
  int x = 10;
  *once(&x) += 5; /* the lvalue is evaluated once */
  ASSERT(15, x);
  ASSERT(1, calls);
  int a[4] = {1, 2, 3, 4};
  int i = 0;
  a[i++] *= 10;
  ASSERT(10, a[0]);
  ASSERT(1, i);
  (*once(&a[3]))++;
  ASSERT(5, a[3]);
  ASSERT(2, calls);
  return 0;
}
