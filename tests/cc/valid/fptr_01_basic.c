#include "test.h"

int add(int a, int b) { return a + b; }
int sub(int a, int b) { return a - b; }

int main(void) {
  int (*f)(int, int) = add;
  ASSERT(5, f(2, 3));
  f = sub;
  ASSERT(-1, f(2, 3));
  ASSERT(-1, (*f)(2, 3));
  f = &add;
  ASSERT(5, (**f)(2, 3));
  ASSERT(1, f == add);
  ASSERT(0, f == sub);
  return 0;
}
