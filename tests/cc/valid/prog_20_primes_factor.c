int printf(const char *, ...);

void factor(unsigned long n) {
  printf("%lu =", n);
  int first = 1;
  for (unsigned long p = 2; p * p <= n; p++) {
    int e = 0;
    while (n % p == 0) {
      n /= p;
      e++;
    }
    if (e) {
      printf("%s %lu", first ? "" : " *", p);
      if (e > 1)
        printf("^%d", e);
      first = 0;
    }
  }
  if (n > 1)
    printf("%s %lu", first ? "" : " *", n);
  printf("\n");
}

int main(void) {
  unsigned long ns[] = {2, 12, 97, 360, 1001, 65536, 999999, 600851475143UL};
  for (int i = 0; i < 8; i++)
    factor(ns[i]);
  return 0;
}
