#include "test.h"

#define HERE __LINE__
#define PAIR(a, b) ((a) * 1000 + (b))

int main(void) {
  ASSERT(7, HERE);
  int p = PAIR(__LINE__,
               __LINE__);
  ASSERT(1, p / 1000 >= 8 && p / 1000 <= 9);
  ASSERT(1, p % 1000 >= 8 && p % 1000 <= 9);
  return 0;
}
