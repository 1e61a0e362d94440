#include "test.h"

struct m2 {
  unsigned long a, b, c, d;
};

static struct m2 mul(struct m2 x, struct m2 y) {
  return (struct m2){x.a * y.a + x.b * y.c, x.a * y.b + x.b * y.d, x.c * y.a + x.d * y.c,
                     x.c * y.b + x.d * y.d};
}

static struct m2 power(struct m2 m, unsigned n) {
  if (n == 1)
    return m;
  struct m2 h = power(m, n / 2);
  struct m2 sq = mul(h, h);
  return n % 2 ? mul(sq, m) : sq;
}

int main(void) {
  struct m2 fib = {1, 1, 1, 0};
  ASSERT(55, power(fib, 10).b);
  ASSERT(6765, power(fib, 20).b);
  ASSERT(12586269025UL, power(fib, 50).b);
  ASSERT(7540113804746346429UL, power(fib, 92).b);
  struct m2 id2 = {2, 0, 0, 2};
  ASSERT(1024, power(id2, 10).d);
  return 0;
}
