#include <stdarg.h>
#include <stdio.h>

static unsigned long long xor_all(int n, ...) {
  va_list ap;
  va_start(ap, n);
  unsigned long long x = 0;
  for (int i = 0; i < n; i++)
    x ^= va_arg(ap, unsigned long long);
  va_end(ap);
  return x;
}

static long long sum_signed(int n, ...) {
  va_list ap;
  va_start(ap, n);
  long long s = 0;
  for (int i = 0; i < n; i++)
    s += va_arg(ap, int); /* negative ints must be sign-extended correctly */
  va_end(ap);
  return s;
}

int main(void) {
  printf("%llx\n", xor_all(3, 0xffffffffffffffffULL, 0x0f0f0f0f0f0f0f0fULL, 1ULL));
  printf("%llx\n", xor_all(2, 0x8000000000000000ULL, 0x8000000000000001ULL));
  printf("%lld\n", sum_signed(4, -1, -2147483647 - 1, 2147483647, -100));
  printf("%lld\n", sum_signed(9, -1, -1, -1, -1, -1, -1, -1, -1, -1));
  return 0;
}
