#include "test.h"

char ret_char(void) { return (char)300; }
signed char ret_schar(void) { return (signed char)200; }
short ret_short(void) { return (short)70000; }
unsigned short ret_ushort(void) { return (unsigned short)-1; }
unsigned ret_uint(void) { return -2; }
_Bool ret_bool(void) { return 99; }
long ret_long(void) { return -1; }

int main(void) {
  ASSERT(44, ret_char());
  ASSERT(-56, ret_schar());
  ASSERT(4464, ret_short());
  ASSERT(65535, ret_ushort());
  ASSERT(4294967294u, ret_uint());
  ASSERT(1, ret_bool());
  ASSERT(-1, ret_long());
  return 0;
}
