#include "test.h"

int code(int x) {
  switch (x) {
  case -1000: return 1;
  case -1: return 2;
  case 0: return 3;
  case 7: return 4;
  case 100: return 5;
  case 1 << 20: return 6;
  case 'A': return 7;
  case 10 * 10 + 1: return 8;
  default: return 0;
  }
}

int main(void) {
  ASSERT(1, code(-1000));
  ASSERT(2, code(-1));
  ASSERT(3, code(0));
  ASSERT(4, code(7));
  ASSERT(5, code(100));
  ASSERT(6, code(1048576));
  ASSERT(7, code(65));
  ASSERT(8, code(101));
  ASSERT(0, code(8));
  ASSERT(0, code(-999));
  return 0;
}
