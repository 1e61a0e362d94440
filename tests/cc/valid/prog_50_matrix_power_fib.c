#include "test.h"

struct m2 {
  unsigned long a, b, c, d;
};

void mul(struct m2 *r, const struct m2 *x, const struct m2 *y) {
  struct m2 t;
  t.a = x->a * y->a + x->b * y->c;
  t.b = x->a * y->b + x->b * y->d;
  t.c = x->c * y->a + x->d * y->c;
  t.d = x->c * y->b + x->d * y->d;
  *r = t;
}

unsigned long fib(int n) {
  struct m2 result = {1, 0, 0, 1}, base = {1, 1, 1, 0};
  while (n) {
    if (n & 1)
      mul(&result, &result, &base);
    mul(&base, &base, &base);
    n >>= 1;
  }
  return result.b;
}

int main(void) {
  ASSERT(0, fib(0));
  ASSERT(1, fib(1));
  ASSERT(55, fib(10));
  ASSERT(12586269025UL, fib(50));
  ASSERT(7540113804746346429UL, fib(92));
  return 0;
}
