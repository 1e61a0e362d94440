#include "test.h"

int f(int x) {
  int r = 0;
  switch (x) {
  case 1:
    r = 1;
    break;
  default:
    r = 99;
    /* fall through */
  case 2:
    r += 2;
    break;
  case 3:
    r = 3;
  }
  return r;
}

int main(void) {
  ASSERT(1, f(1));
  ASSERT(2, f(2));
  ASSERT(3, f(3));
  ASSERT(101, f(7));
  return 0;
}
