#include "test.h"

int main(void) {
  int a[3];
  a[0] = 1;
  a[1] = 2;
  a[2] = 3;
  ASSERT(6, a[0] + a[1] + a[2]);
  ASSERT(12, sizeof(a));
  ASSERT(3, sizeof(a) / sizeof(a[0]));
  ASSERT(2, *(a + 1));
  ASSERT(3, 2[a]);
  int i = 1;
  ASSERT(2, i[a]);
  return 0;
}
