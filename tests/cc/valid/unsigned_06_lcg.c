int printf(const char *, ...);

static unsigned long state = 12345;

unsigned next(void) {
  state = state * 6364136223846793005UL + 1442695040888963407UL;
  return (unsigned)(state >> 33);
}

int main(void) {
  for (int i = 0; i < 8; i++)
    printf("%u\n", next() % 1000);
  unsigned x = 123456789;
  for (int i = 0; i < 5; i++) {
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    printf("%u\n", x);
  }
  return 0;
}
