#include "test.h"

#define CAT(a, b) a##b
#define XCAT(a, b) CAT(a, b)
#define VAR(n) var_##n
#define PREFIX pre

int var_1 = 10, var_2 = 20;
int prefix = 5;

int main(void) {
  ASSERT(10, VAR(1));
  ASSERT(20, VAR(2));
  ASSERT(123, CAT(12, 3));
  ASSERT(255, CAT(0x, ff));
  ASSERT(5, XCAT(PREFIX, fix));
  int CAT(loc, al) = 7;
  ASSERT(7, local);
  ASSERT(8, sizeof(CAT(1, L)));
  return 0;
}
