#include "test.h"

typedef int binop(int, int);
typedef binop *binop_ptr;
typedef int (*unop)(int);

int add(int a, int b) { return a + b; }
int mul(int a, int b) { return a * b; }
int neg(int a) { return -a; }

binop sub; /* declares a function with the typedef */
int sub(int a, int b) { return a - b; }

int apply(binop_ptr f, int a, int b) { return f(a, b); }

int main(void) {
  binop_ptr ops[] = {add, mul, sub};
  ASSERT(7, apply(ops[0], 3, 4));
  ASSERT(12, apply(ops[1], 3, 4));
  ASSERT(-1, apply(ops[2], 3, 4));
  unop u = neg;
  ASSERT(-9, u(9));
  return 0;
}
