#include "test.h"

int main(void) {
  ASSERT(4, __LINE__);
#line 100
  ASSERT(100, __LINE__);
  ASSERT(101, __LINE__);
#line 7 "renamed.c"
  ASSERT(7, __LINE__);
  ASSERT('r', __FILE__[0]);
  ASSERT(10, sizeof __FILE__);
  return 0;
}
