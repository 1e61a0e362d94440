#include "test.h"

enum op { OP_ADD, OP_SUB, OP_MUL, OP_COUNT };

static int add(int a, int b) { return a + b; }
static int sub(int a, int b) { return a - b; }
static int mul(int a, int b) { return a * b; }

static int (*const ops[OP_COUNT])(int, int) = {
  [OP_MUL] = mul,
  [OP_ADD] = add,
  [OP_SUB] = sub,
};

int main(void) {
  ASSERT(9, ops[OP_ADD](4, 5));
  ASSERT(-1, ops[OP_SUB](4, 5));
  ASSERT(20, ops[OP_MUL](4, 5));
  return 0;
}
