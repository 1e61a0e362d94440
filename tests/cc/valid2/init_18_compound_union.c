#include <stdio.h>

union bits {
  double d;
  unsigned long u;
};

static unsigned long to_bits(double d) { return (union bits){.d = d}.u; }
static double from_bits(unsigned long u) { return (union bits){.u = u}.d; }

int main(void) {
  printf("%016lx\n", to_bits(1.0));
  printf("%016lx\n", to_bits(-2.5));
  printf("%g\n", from_bits(0x4059000000000000UL));
  printf("%a\n", from_bits(to_bits(0.1) + 1));
  union bits *p = &(union bits){.u = 0x7ff0000000000000UL};
  printf("%f\n", p->d);
  p->d = 0.0;
  printf("%lu\n", p->u);
  return 0;
}
