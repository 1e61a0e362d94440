#include <stdio.h>

struct q1 {
  long double x;
}; /* 16 bytes: a pair of integer registers (FLEN is 64) */
struct q2 {
  long double x;
  int n;
}; /* 32 bytes: by reference */

static struct q1 third(struct q1 a) {
  a.x /= 3;
  return a;
}
static struct q2 step(struct q2 s) {
  s.x = s.x * s.x + 0.25L;
  s.n++;
  return s;
}
static long double sum(struct q1 a, struct q1 b, struct q1 c, struct q1 d, struct q1 e) {
  return a.x + b.x + c.x + d.x + e.x;
}

int main(void) {
  struct q1 one = {1.0L};
  printf("%.35Lg\n", third(one).x);
  printf("%.35Lg\n", third(third(one)).x);
  struct q2 s = {0, 0};
  for (int i = 0; i < 5; i++)
    s = step(s);
  printf("%d %.35Lg\n", s.n, s.x);
  printf("%.35Lg\n", sum(one, third(one), third(third(one)), one, (struct q1){0.1L}));
  printf("%zu %zu\n", sizeof(struct q1), sizeof(struct q2));
  return 0;
}
