#include "test.h"

int main(void) {
  int a[4];
  ASSERT(1, (void *)a == (void *)&a);
  ASSERT(1, &a[0] == a);
  ASSERT(16, (char *)(&a + 1) - (char *)&a);
  ASSERT(4, (char *)(a + 1) - (char *)a);
  ASSERT(1, &a[4] == a + 4);
  int m[3][5];
  ASSERT(20, (char *)(m + 1) - (char *)m);
  ASSERT(60, (char *)(&m + 1) - (char *)&m);
  ASSERT(4, (char *)(*m + 1) - (char *)*m);
  return 0;
}
