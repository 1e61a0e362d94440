#include "test.h"

int apply(int (*)(int, int), int, int);
int add(int, int);

int apply(int (*f)(int, int), int a, int b) { return f(a, b); }
int add(int a, int b) { return a + b; }

int main(void) {
  ASSERT(9, apply(add, 4, 5));
  return 0;
}
