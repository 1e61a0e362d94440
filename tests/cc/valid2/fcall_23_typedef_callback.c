#include "ftest.h"

typedef float scalar;
typedef scalar (*binop)(scalar, scalar);

static scalar add(scalar a, scalar b) { return a + b; }
static scalar mulf(scalar a, scalar b) { return a * b; }

static scalar fold(binop op, scalar init, const scalar *v, int n) {
  for (int i = 0; i < n; i++)
    init = op(init, v[i]);
  return init;
}

static binop pick(const char *name) { return name[0] == 'a' ? add : mulf; }

int main(void) {
  scalar v[6] = {1.5f, 2, 0.5f, 4, -1, 0.25f};
  ASSERT_D(7.25, fold(add, 0, v, 6));
  ASSERT_D(-1.5, fold(mulf, 1, v, 6));
  ASSERT_D(8.25, fold(pick("add"), 1, v, 6));
  binop ops[2] = {add, mulf};
  scalar r = 0;
  for (int i = 0; i < 2; i++)
    r += ops[i](3, 4);
  ASSERT_D(19.0, r);
  return 0;
}
