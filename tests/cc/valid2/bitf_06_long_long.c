#include <stdio.h>

struct wide {
  unsigned long long a : 33;
  unsigned long long b : 31;
  long long c : 48;
  unsigned long long d : 64;
  long long e : 40;
};

int main(void) {
  struct wide w = {0};
  printf("%zu\n", sizeof w);
  w.a = 0x1ffffffffULL;
  w.b = 0x7fffffff;
  w.c = -140737488355328LL; /* -2^47 */
  w.d = 0xfedcba9876543210ULL;
  w.e = 549755813887LL; /* 2^39 - 1 */
  printf("%llx %llx %lld %llx %lld\n", (unsigned long long)w.a, (unsigned long long)w.b,
         (long long)w.c, (unsigned long long)w.d, (long long)w.e);
  w.a += 1; /* wraps to 0 */
  w.e += 1; /* 2^39 does not fit: gcc wraps to -2^39 */
  printf("%llx %lld\n", (unsigned long long)w.a, (long long)w.e);
  w.c = w.c / 2;
  printf("%lld\n", (long long)w.c);
  unsigned long long t = w.a + w.b;
  printf("%llx\n", t);
  return 0;
}
