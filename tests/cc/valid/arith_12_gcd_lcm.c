int printf(const char *, ...);

long gcd(long a, long b) {
  while (b != 0) {
    long t = a % b;
    a = b;
    b = t;
  }
  return a;
}

long lcm(long a, long b) { return a / gcd(a, b) * b; }

int main(void) {
  printf("%ld\n", gcd(48, 18));
  printf("%ld\n", gcd(17, 5));
  printf("%ld\n", gcd(1000000007L * 6, 1000000007L * 4));
  printf("%ld\n", lcm(4, 6));
  long l = 1;
  for (int i = 1; i <= 20; i++)
    l = lcm(l, i);
  printf("%ld\n", l);
  return 0;
}
