#include "test.h"

union a { char c; long l; };
union b { char c[9]; int i; };
union c { short s; char c[3]; };
struct holder { char tag; union b u; };

int main(void) {
  ASSERT(8, sizeof(union a));
  ASSERT(8, _Alignof(union a));
  ASSERT(12, sizeof(union b));
  ASSERT(4, _Alignof(union b));
  ASSERT(4, sizeof(union c));
  ASSERT(16, sizeof(struct holder));
  union a x;
  ASSERT(1, (void *)&x.c == (void *)&x.l);
  return 0;
}
