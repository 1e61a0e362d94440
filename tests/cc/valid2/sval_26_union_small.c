#include <stdio.h>

union num {
  int i;
  float f;
  unsigned char b[4];
};

static union num from_float(float f) {
  union num n;
  n.f = f;
  return n;
}
static union num flip_sign(union num n) {
  n.b[3] ^= 0x80;
  return n;
}
static unsigned bits(union num n) { return (unsigned)n.i; }

int main(void) {
  printf("%zu\n", sizeof(union num));
  union num a = from_float(1.5f);
  printf("%08x\n", bits(a));
  printf("%g\n", flip_sign(a).f);
  printf("%08x\n", bits(flip_sign(from_float(-0.0f))));
  union num z = {0x3f800000};
  printf("%g\n", z.f);
  return 0;
}
