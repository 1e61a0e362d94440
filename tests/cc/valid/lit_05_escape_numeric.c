#include "test.h"

int main(void) {
  ASSERT(0, '\0');
  ASSERT(8, '\10');
  ASSERT(83, '\123');
  ASSERT(255, '\377');
  ASSERT(-1, (signed char)'\377');
  ASSERT(16, '\x10');
  ASSERT(171, '\xab');
  ASSERT(171, '\xAB');
  ASSERT(0x7f, '\x7f');
  ASSERT(1, '\1');
  const char *s = "\101\x42\103";
  ASSERT('A', s[0]);
  ASSERT('B', s[1]);
  ASSERT('C', s[2]);
  ASSERT(0, s[3]);
  return 0;
}
