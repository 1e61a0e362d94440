#include <stddef.h>
#include "test.h"

struct a { char c; int i; };
struct b { char c; long l; char d; };
struct c { char x, y, z; };
struct d { short s; char c; };
struct e { int i; char c; long l; short s; };

int main(void) {
  ASSERT(8, sizeof(struct a));
  ASSERT(4, offsetof(struct a, i));
  ASSERT(24, sizeof(struct b));
  ASSERT(8, offsetof(struct b, l));
  ASSERT(16, offsetof(struct b, d));
  ASSERT(3, sizeof(struct c));
  ASSERT(2, offsetof(struct c, z));
  ASSERT(4, sizeof(struct d));
  ASSERT(24, sizeof(struct e));
  ASSERT(4, offsetof(struct e, c));
  ASSERT(8, offsetof(struct e, l));
  ASSERT(16, offsetof(struct e, s));
  return 0;
}
