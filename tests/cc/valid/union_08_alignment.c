#include <stddef.h>
#include "test.h"

union u1 { char c[5]; short s; };
union u2 { char c; long l; int i[3]; };
struct with_union { char tag; union u2 u; char after; };

int main(void) {
  ASSERT(6, sizeof(union u1));
  ASSERT(2, _Alignof(union u1));
  ASSERT(16, sizeof(union u2));
  ASSERT(8, _Alignof(union u2));
  ASSERT(8, offsetof(struct with_union, u));
  ASSERT(24, offsetof(struct with_union, after));
  ASSERT(32, sizeof(struct with_union));
  return 0;
}
