#include "test.h"

struct pt {
  int x, y;
};

/* ten 8-byte structs: eight in a0-a7, two on the stack */
static long ten(struct pt a, struct pt b, struct pt c, struct pt d, struct pt e, struct pt f,
                struct pt g, struct pt h, struct pt i, struct pt j) {
  struct pt v[10] = {a, b, c, d, e, f, g, h, i, j};
  long s = 0;
  for (int k = 0; k < 10; k++)
    s = s * 3 + v[k].x - v[k].y;
  return s;
}

struct wide {
  long a, b;
};

/* five 16-byte structs: four in register pairs, the fifth on the stack */
static long five(struct wide a, struct wide b, struct wide c, struct wide d, struct wide e) {
  return a.a - a.b + 10 * (b.a - b.b) + 100 * (c.a - c.b) + 1000 * (d.a - d.b) +
         10000 * (e.a - e.b);
}

int main(void) {
  struct pt p[10];
  for (int k = 0; k < 10; k++)
    p[k] = (struct pt){k, 0};
  ASSERT(14757, ten(p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7], p[8], p[9]));
  struct pt z = {0, 0}, one = {1, 0};
  ASSERT(1, ten(z, z, z, z, z, z, z, z, z, one));
  ASSERT(3, ten(z, z, z, z, z, z, z, z, one, z));
  struct wide w1 = {5, 4}, w0 = {7, 7};
  ASSERT(10101, five(w1, w0, w1, w0, w1));
  ASSERT(11110, five(w0, w1, w1, w1, w1));
  return 0;
}
