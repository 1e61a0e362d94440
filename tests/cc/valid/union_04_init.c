#include "test.h"

union num {
  int i;
  unsigned char b[4];
};

union num g = {0x41424344};

int main(void) {
  ASSERT(0x44, g.b[0]);
  union num l = {-1};
  ASSERT(255, l.b[3]);
  union num d = {.b = {1, 2, 3, 4}};
  ASSERT(0x04030201, d.i);
  union num z = {0};
  ASSERT(0, z.i);
  return 0;
}
