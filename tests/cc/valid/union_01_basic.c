#include "test.h"

union u {
  int i;
  char c[4];
  unsigned short h[2];
};

int main(void) {
  union u x;
  x.i = 0x01020304;
  ASSERT(4, x.c[0]);
  ASSERT(1, x.c[3]);
  ASSERT(0x0304, x.h[0]);
  ASSERT(0x0102, x.h[1]);
  x.c[0] = 0;
  ASSERT(0x01020300, x.i);
  ASSERT(4, sizeof(union u));
  return 0;
}
