#include "test.h"

/* brace elision is the point of this test */
#pragma GCC diagnostic ignored "-Wmissing-braces"

struct inner { char c; short s; };
struct outer {
  int i;
  struct inner in;
  int arr[3];
  const char *str;
};

int main(void) {
  struct outer o = {1, {'a', 2}, {3, 4, 5}, "six"};
  ASSERT(1, o.i);
  ASSERT('a', o.in.c);
  ASSERT(2, o.in.s);
  ASSERT(5, o.arr[2]);
  ASSERT('x', o.str[2]);
  struct outer p = {7};
  ASSERT(7, p.i);
  ASSERT(0, p.in.s);
  ASSERT(0, p.arr[1]);
  ASSERT(1, p.str == 0);
  struct outer q = {1, 'b', 3, 4, 5};
  ASSERT('b', q.in.c);
  ASSERT(3, q.in.s);
  ASSERT(5, q.arr[1]);
  return 0;
}
