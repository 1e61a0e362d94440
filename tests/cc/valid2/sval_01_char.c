#include "test.h"

struct c1 {
  char c;
};

static struct c1 make(int v) {
  struct c1 s = {(char)v};
  return s;
}
static struct c1 next(struct c1 s) {
  s.c++;
  return s;
}
static int value(struct c1 s) { return s.c; }

int main(void) {
  ASSERT(1, sizeof(struct c1));
  struct c1 a = make('a');
  struct c1 b = next(a);
  ASSERT('a', a.c);
  ASSERT('b', b.c);
  ASSERT('c', value(next(b)));
  ASSERT(200, value(make(200)));
  ASSERT(0, next(make(255)).c);
  return 0;
}
