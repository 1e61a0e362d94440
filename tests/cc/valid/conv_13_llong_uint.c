#include "test.h"

int main(void) {
  unsigned int u = 4000000000u;
  long long ll = u;
  ASSERT(4000000000LL, ll);
  ll = -1;
  u = ll;
  ASSERT(4294967295u, u);
  unsigned long long ull = u;
  ASSERT(4294967295LL, (long long)ull);
  long long neg = -5;
  ASSERT(1, neg < u); /* u converts to long long */
  unsigned long long big = 1ULL << 40;
  ASSERT(0, (unsigned)big);
  return 0;
}
