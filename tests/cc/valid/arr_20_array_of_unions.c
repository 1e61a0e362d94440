#include "test.h"

union slot {
  long n;
  const char *s;
  unsigned char bytes[8];
};

int main(void) {
  union slot slots[3];
  slots[0].n = 258;
  slots[1].s = "text";
  slots[2].n = -1;
  ASSERT(24, sizeof slots);
  ASSERT(2, slots[0].bytes[0]);
  ASSERT(1, slots[0].bytes[1]);
  ASSERT('e', slots[1].s[1]);
  ASSERT(255, slots[2].bytes[7]);
  return 0;
}
