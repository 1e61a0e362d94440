#include "test.h"

enum { N = 4 };
int sq[N * N];
char buf[sizeof(int) * 3 + 1];
int tbl[] = {N, N * 2, N << 2, (N > 3) ? 100 : 200, -N, ~N, !N, N % 3};
long addr_diff = sizeof(sq) / sizeof(sq[0]);

int main(void) {
  ASSERT(64, sizeof sq);
  ASSERT(13, sizeof buf);
  ASSERT(4, tbl[0]);
  ASSERT(16, tbl[2]);
  ASSERT(100, tbl[3]);
  ASSERT(-4, tbl[4]);
  ASSERT(-5, tbl[5]);
  ASSERT(0, tbl[6]);
  ASSERT(1, tbl[7]);
  ASSERT(16, addr_diff);
  return 0;
}
