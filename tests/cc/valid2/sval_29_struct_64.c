#include <stdio.h>

struct mat2 {
  double m[2][2];
}; /* 32 bytes */
struct big {
  long v[8];
}; /* 64 bytes */

static struct mat2 mul(struct mat2 a, struct mat2 b) {
  struct mat2 r;
  for (int i = 0; i < 2; i++)
    for (int j = 0; j < 2; j++)
      r.m[i][j] = a.m[i][0] * b.m[0][j] + a.m[i][1] * b.m[1][j];
  return r;
}

static struct big prefix(struct big b) {
  for (int i = 1; i < 8; i++)
    b.v[i] += b.v[i - 1];
  return b;
}

int main(void) {
  struct mat2 fib = {{{1, 1}, {1, 0}}};
  struct mat2 p = fib;
  for (int i = 0; i < 10; i++)
    p = mul(p, fib);
  printf("%g %g %g %g\n", p.m[0][0], p.m[0][1], p.m[1][0], p.m[1][1]);
  struct mat2 rot = {{{0.6, -0.8}, {0.8, 0.6}}};
  struct mat2 r2 = mul(rot, mul(rot, rot));
  printf("%.17g %.17g\n", r2.m[0][0], r2.m[1][0]);
  struct big b = {{1, 2, 3, 4, 5, 6, 7, 8}};
  struct big c = prefix(prefix(b));
  for (int i = 0; i < 8; i++)
    printf("%ld ", c.v[i]);
  printf("\n%ld\n", b.v[7]);
  printf("%zu %zu\n", sizeof(struct mat2), sizeof(struct big));
  return 0;
}
