#include "test.h"

int main(void) {
  ASSERT(1, 'b' - 'a');
  ASSERT(26, 'z' - 'a' + 1);
  ASSERT(10, '\n');
  ASSERT(1, '0' < '9');
  ASSERT(9, '9' - '0');
  ASSERT(-1, '\377' - 256);
  ASSERT(0x41 + 0x20, 'a');
  int x = 'A' * 2;
  ASSERT(130, x);
  return 0;
}
