#include "test.h"

int classify(int x) {
  if (x < 0)
    return -1;
  else if (x == 0)
    return 0;
  else if (x < 10)
    return 1;
  else
    return 2;
}

int main(void) {
  ASSERT(-1, classify(-5));
  ASSERT(0, classify(0));
  ASSERT(1, classify(9));
  ASSERT(2, classify(10));
  int r = 0;
  if (1) r = 1;
  ASSERT(1, r);
  if (0) r = 2;
  ASSERT(1, r);
  if (r) { r = 3; } else { r = 4; }
  ASSERT(3, r);
  return 0;
}
