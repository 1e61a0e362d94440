#include "test.h"

int main(void) {
  signed char sc = -128;
  unsigned char uc = 128;
  char c = 128;
  ASSERT(-128, sc);
  ASSERT(128, uc);
  ASSERT(128, c);
  ASSERT(1, c == uc);
  ASSERT(0, c == sc);
  sc = 127;
  sc = sc + 1; /* implementation-defined conversion: wraps on gcc */
  ASSERT(-128, sc);
  unsigned char buf[4] = {0xff, 0x7f, 0x80, 0};
  char *p = (char *)buf;
  ASSERT(255, p[0]);
  ASSERT(127, p[1]);
  ASSERT(128, p[2]);
  return 0;
}
