int printf(const char *, ...);

int main(void) {
  unsigned acc = 0;
  for (int s = 0; s < 32; s++) {
    unsigned v = 0x80000001u >> s;
    unsigned w = 1u << s;
    acc ^= v + w;
    if (s % 8 == 7)
      printf("%2d: %08x %08x %08x\n", s, v, w, acc);
  }
  long neg = -0x123456789L;
  for (int s = 0; s < 64; s += 9)
    printf("%2d: %ld %lx\n", s, neg >> s, (unsigned long)neg >> s);
  return 0;
}
