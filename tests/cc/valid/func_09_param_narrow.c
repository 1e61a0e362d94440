#include "test.h"

int take_char(char c) { return c; }
int take_schar(signed char c) { return c; }
int take_short(short s) { return s; }
long take_uint(unsigned u) { return u; }
int take_bool(_Bool b) { return b; }

int main(void) {
  ASSERT(255, take_char(-1));
  ASSERT(-1, take_schar(-1));
  ASSERT(-1, take_short(65535));
  ASSERT(4294967295L, take_uint(-1));
  ASSERT(1, take_bool(256));
  ASSERT(0, take_bool(0));
  return 0;
}
