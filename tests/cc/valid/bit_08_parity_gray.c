int printf(const char *, ...);

unsigned gray(unsigned n) { return n ^ (n >> 1); }

unsigned ungray(unsigned g) {
  unsigned n = g;
  while (g >>= 1)
    n ^= g;
  return n;
}

int parity(unsigned x) {
  x ^= x >> 16;
  x ^= x >> 8;
  x ^= x >> 4;
  x ^= x >> 2;
  x ^= x >> 1;
  return x & 1;
}

int main(void) {
  for (unsigned i = 0; i < 8; i++)
    printf("%u -> %u -> %u (parity %d)\n", i, gray(i), ungray(gray(i)), parity(i));
  printf("%d %d\n", parity(0xffffffffu), parity(0x80000000u));
  return 0;
}
