#include <stdio.h>
#include "test.h"

int main(void) {
  long double ld = 1e30L;
  long l = (long)(ld / 1e12L);
  ASSERT(1000000000000000000L, l);
  unsigned long ul = 18446744073709551615UL;
  ld = ul;
  ASSERT(1, ld == 18446744073709551615.0L);
  ul = ld;
  ASSERT(-1, (long long)ul);
  long long ll = -9223372036854775807LL - 1;
  ld = ll;
  ASSERT(1, (long long)ld == ll);
  ld = 9007199254740993.0L; /* exact in quad */
  ll = ld;
  ASSERT(9007199254740993LL, ll);
  double d = ld;
  ASSERT(1, d == 9007199254740992.0);
  float f = ld;
  ASSERT(1, f == 9007199254740992.0f);
  int i = -12345.999L;
  ASSERT(-12345, i);
  unsigned u = 4294967295.9L;
  ASSERT(4294967295u, u);
  ld = f;
  printf("%.20Lg\n", ld);
  ld = 0.1f;
  printf("%.30Lg\n", ld);
  ld = 0.1;
  printf("%.30Lg\n", ld);
  printf("%.30Lg\n", 0.1L);
  return 0;
}
