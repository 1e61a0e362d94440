#include <limits.h>
#include <float.h>
#include "test.h"

_Static_assert(sizeof(long) == 8, "LP64");
_Static_assert(CHAR_BIT == 8, "bytes");
_Static_assert(sizeof(long double) == 16, "quad long double");
_Static_assert(DBL_MANT_DIG == 53, "IEEE double");
_Static_assert((char)-1 > 0, "char is unsigned on RISC-V");

struct header {
  unsigned magic;
  unsigned short version;
  unsigned short flags;
  _Static_assert(sizeof(unsigned) == 4, "inside a struct");
};

int main(void) {
  _Static_assert(sizeof(struct header) == 8, "block scope");
  for (int i = 0; i < 1; i++) {
    _Static_assert(1 + 1 == 2, "in a loop body");
  }
  ASSERT(8, sizeof(struct header));
  return 0;
}
