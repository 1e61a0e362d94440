#include "test.h"

int foo = 5;
#define foo (foo + 1) /* refers to the variable inside: no infinite expansion */
#define a b
#define b a

int main(void) {
  ASSERT(6, foo);
  int a = 3; /* a -> b -> a, then stops: declares a */
  ASSERT(3, a);
#undef foo
  ASSERT(5, foo);
  return 0;
}
