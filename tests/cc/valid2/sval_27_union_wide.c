#include <stdio.h>

union wide {
  double d;
  long l;
  struct {
    int lo, hi;
  } parts;
};

union pair16 {
  double d[2];
  long l[2];
  char c[16];
};

static union wide as_double(double d) {
  union wide w;
  w.d = d;
  return w;
}
static union wide next_up(union wide w) {
  w.l++;
  return w;
}
static union pair16 swap_halves(union pair16 p) {
  long t = p.l[0];
  p.l[0] = p.l[1];
  p.l[1] = t;
  return p;
}

int main(void) {
  printf("%zu %zu\n", sizeof(union wide), sizeof(union pair16));
  union wide w = as_double(1.0);
  printf("%016lx %08x %08x\n", w.l, w.parts.hi, w.parts.lo);
  printf("%a\n", next_up(w).d);
  printf("%a\n", next_up(next_up(as_double(0.0))).d);
  union pair16 p = {{1.5, -2.25}};
  union pair16 q = swap_halves(p);
  printf("%g %g\n", q.d[0], q.d[1]);
  printf("%g %g\n", swap_halves(q).d[0], p.d[1]);
  return 0;
}
