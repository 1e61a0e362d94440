#include <stdint.h>
#include "test.h"

int main(void) {
  int a[4];
  uintptr_t p = (uintptr_t)&a[0];
  uintptr_t q = (uintptr_t)&a[3];
  ASSERT(12, q - p);
  ASSERT(0, p % 4);
  int *back = (int *)q;
  ASSERT(1, back == &a[3]);
  long l = (long)(char *)0;
  ASSERT(0, l);
  char *c = (char *)a;
  ASSERT(1, (int *)(c + 4) == a + 1);
  return 0;
}
