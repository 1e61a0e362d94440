#include "test.h"

struct inner { int a[3]; char c; };
struct outer { struct inner in[2]; long tail; };

int main(void) {
  struct outer o = {{{{1}}, {{4, 5}, 'x'}}};
  ASSERT(1, o.in[0].a[0]);
  ASSERT(0, o.in[0].a[1]);
  ASSERT(0, o.in[0].c);
  ASSERT(5, o.in[1].a[1]);
  ASSERT(0, o.in[1].a[2]);
  ASSERT('x', o.in[1].c);
  ASSERT(0, o.tail);
  static struct outer z;
  ASSERT(0, z.in[1].a[2] + z.tail);
  return 0;
}
