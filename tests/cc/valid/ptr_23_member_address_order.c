#include "test.h"

struct rec {
  int a;
  char b;
  long c;
  int d[2];
};

int main(void) {
  struct rec r;
  ASSERT(1, (char *)&r.a < (char *)&r.b);
  ASSERT(1, (char *)&r.b < (char *)&r.c);
  ASSERT(1, (char *)&r.c < (char *)&r.d);
  ASSERT(1, &r.d[0] < &r.d[1]);
  ASSERT(1, (void *)&r == (void *)&r.a);
  struct rec arr[2];
  ASSERT(1, (char *)&arr[0].d[1] < (char *)&arr[1].a);
  return 0;
}
