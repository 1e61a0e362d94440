#include "test.h"

#define X 1
#define Y 2

int main(void) {
  int r = 0;
#if X
#if Y == 1
  r = 1;
#elif Y == 2
#ifdef Z
  r = 2;
#else
  r = 3;
#endif
#else
  r = 4;
#endif
#else
#if 1
  r = 5;
#endif
#endif
  ASSERT(3, r);
#if 0
#if 1
  r = 100;
#else
#error not reached
#endif
#endif
  ASSERT(3, r);
  return 0;
}
