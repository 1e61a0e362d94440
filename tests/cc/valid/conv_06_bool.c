#include "test.h"

int main(void) {
  _Bool b = 0;
  ASSERT(0, b);
  b = 42;
  ASSERT(1, b);
  b = -1;
  ASSERT(1, b);
  b = 0x100000000L;
  ASSERT(1, b);
  b = (char)256;
  ASSERT(0, b);
  int x = 5;
  int *px = &x;
  b = px;
  ASSERT(1, b);
  ASSERT(1, sizeof(_Bool));
  ASSERT(2, (_Bool)1 + (_Bool)7);
  return 0;
}
