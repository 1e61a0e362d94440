#include "test.h"

struct a { long l; char c; };         /* tail padding */
struct b { char c[3]; };
struct c { struct b x; char y; };
struct d { int i; struct b x; };
struct e { char c; struct a inner; };
struct f { short s[3]; char c; };

int main(void) {
  ASSERT(16, sizeof(struct a));
  ASSERT(3, sizeof(struct b));
  ASSERT(4, sizeof(struct c));
  ASSERT(8, sizeof(struct d));
  ASSERT(24, sizeof(struct e));
  ASSERT(8, sizeof(struct f));
  struct a arr[3];
  ASSERT(48, sizeof arr);
  ASSERT(16, (char *)&arr[1] - (char *)&arr[0]);
  return 0;
}
