#include "test.h"

long widen(int x) { return x; }
int narrow(long x) { return x; }
unsigned char byte(int x) { return x; }
short half(unsigned x) { return x; }

int main(void) {
  ASSERT(-5, widen(-5));
  ASSERT(-1, narrow(0xffffffffL));
  ASSERT(0, narrow(0x100000000L));
  ASSERT(0x34, byte(0x1234));
  ASSERT(255, byte(-1));
  ASSERT(-1, half(0xffffu));
  ASSERT(0x1234, half(0xabcd1234u));
  return 0;
}
