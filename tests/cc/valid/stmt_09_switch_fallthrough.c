#include "test.h"

int f(int x) {
  int r = 0;
  switch (x) {
  case 1:
    r += 1;
    /* fall through */
  case 2:
    r += 10;
    /* fall through */
  case 3:
    r += 100;
    break;
  case 4:
    r = -1;
  }
  return r;
}

int main(void) {
  ASSERT(111, f(1));
  ASSERT(110, f(2));
  ASSERT(100, f(3));
  ASSERT(-1, f(4));
  ASSERT(0, f(5));
  return 0;
}
