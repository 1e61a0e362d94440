#include "test.h"

struct pair {
  int a;
  long b;
  char name[8];
};

int main(void) {
  struct pair x = {1, 2, "xy"};
  struct pair y;
  y = x; /* struct assignment copies everything, arrays included */
  ASSERT(1, y.a);
  ASSERT(2, y.b);
  ASSERT('y', y.name[1]);
  x.name[1] = 'z';
  ASSERT('y', y.name[1]);
  struct pair *p = &y, z = *p;
  ASSERT(2, z.b);
  struct pair arr[2];
  arr[1] = x;
  ASSERT('z', arr[1].name[1]);
  return 0;
}
