#include "test.h"

union value {
  long l;
  char c[8];
  int i[2];
};

union value g = {.i = {1, 2}};

int main(void) {
  ASSERT(0x200000001L, g.l);
  union value a = {.c = "abc"};
  ASSERT('b', a.c[1]);
  ASSERT(0, a.c[5]);
  union value b = {5};
  ASSERT(5, b.l);
  struct { int tag; union value v; } t = {1, {.i[1] = 3}};
  ASSERT(3, t.v.i[1]);
  ASSERT(0, t.v.i[0]);
  return 0;
}
