#include <stddef.h>
#include "test.h"

int main(void) {
  long a[10];
  ptrdiff_t d = &a[7] - &a[2];
  ASSERT(5, d);
  ASSERT(8, sizeof(d));
  ASSERT(8, sizeof(&a[7] - &a[2]));
  ASSERT(-5, &a[2] - &a[7]);
  size_t n = sizeof a / sizeof *a;
  ASSERT(10, n);
  ASSERT(1, (ptrdiff_t)-1 < 0);
  ASSERT(1, (size_t)-1 > 0);
  return 0;
}
