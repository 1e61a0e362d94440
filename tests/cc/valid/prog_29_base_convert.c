int printf(const char *, ...);

void to_base(unsigned long n, int base, char *out) {
  const char *digits = "0123456789abcdefghijklmnopqrstuvwxyz";
  char tmp[72];
  int i = 0;
  do {
    tmp[i++] = digits[n % base];
    n /= base;
  } while (n);
  while (i)
    *out++ = tmp[--i];
  *out = 0;
}

unsigned long from_base(const char *s, int base) {
  unsigned long v = 0;
  for (; *s; s++) {
    int d = *s <= '9' ? *s - '0' : *s - 'a' + 10;
    v = v * base + d;
  }
  return v;
}

int main(void) {
  char buf[72];
  unsigned long ns[] = {0, 255, 4096, 123456789, 18446744073709551615UL};
  int bases[] = {2, 8, 16, 36};
  for (int i = 0; i < 5; i++)
    for (int b = 0; b < 4; b++) {
      to_base(ns[i], bases[b], buf);
      printf("%lu base %d = %s (back: %lu)\n", ns[i], bases[b], buf, from_base(buf, bases[b]));
    }
  return 0;
}
