#include <stdio.h>

union dbits {
  double d;
  unsigned long u;
};
union fbits {
  float f;
  unsigned int u;
};

static void show_d(double d) {
  union dbits b = {d};
  printf("%a -> %016lx\n", d, b.u);
}

static void show_f(float f) {
  union fbits b;
  b.f = f;
  printf("%a -> %08x\n", f, b.u);
}

int main(void) {
  show_d(1.0);
  show_d(-2.0);
  show_d(0.1);
  show_d(-0.0);
  show_d(1.0 / 3);
  show_f(1.0f);
  show_f(-0.5f);
  show_f(0.1f);
  show_f(3.4028234663852886e38f);
  union dbits b;
  b.u = 0x7ff0000000000000UL;
  printf("%g\n", b.d);
  b.u = 0x0000000000000001UL;
  printf("%a\n", b.d);
  b.u = 0x3ff8000000000000UL;
  printf("%g\n", b.d);
  union fbits fb;
  fb.u = 0x40490fdbu;
  printf("%.9g\n", fb.f);
  return 0;
}
