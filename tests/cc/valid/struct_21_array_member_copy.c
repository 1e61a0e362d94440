#include "test.h"

struct vec {
  int n;
  long v[4];
};

void scale(struct vec *out, const struct vec *in, long k) {
  *out = *in;
  for (int i = 0; i < out->n; i++)
    out->v[i] *= k;
}

int main(void) {
  struct vec a = {3, {1, 2, 3}}, b;
  scale(&b, &a, 5);
  ASSERT(5, b.v[0]);
  ASSERT(15, b.v[2]);
  ASSERT(3, a.v[2]);
  ASSERT(0, b.v[3]);
  scale(&a, &a, -1); /* in place, same object */
  ASSERT(-2, a.v[1]);
  return 0;
}
