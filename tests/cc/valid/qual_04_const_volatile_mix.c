#include "test.h"

typedef const int cint;
typedef volatile long vlong;

int main(void) {
  cint a = 3;
  const volatile int b = 4;
  volatile const int c = 5;
  vlong d = 6;
  const vlong e = 7;
  const int *const volatile p = &a;
  ASSERT(25, a + b + c + d + e);
  ASSERT(3, *p);
  ASSERT(4, sizeof(cint));
  ASSERT(8, sizeof(vlong));
  return 0;
}
