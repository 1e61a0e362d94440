int printf(const char *, ...);

int digit_sum(long n) {
  int s = 0;
  if (n < 0)
    n = -n;
  while (n > 0) {
    s += n % 10;
    n /= 10;
  }
  return s;
}

long reverse(long n) {
  long r = 0;
  while (n != 0) {
    r = r * 10 + n % 10;
    n /= 10;
  }
  return r;
}

int main(void) {
  printf("%d %d %d\n", digit_sum(0), digit_sum(12345), digit_sum(-999));
  printf("%ld %ld %ld\n", reverse(123), reverse(-4560), reverse(1000000001));
  return 0;
}
