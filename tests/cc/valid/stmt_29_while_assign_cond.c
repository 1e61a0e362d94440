#include "test.h"

static const int data[] = {5, 3, 8, 0, 9};

int main(void) {
  const int *p = data;
  int v, sum = 0, n = 0;
  while ((v = *p++) != 0) {
    sum += v;
    n++;
  }
  ASSERT(16, sum);
  ASSERT(3, n);
  int a = 10, b = 0;
  while (b++, a-- > 7)
    ;
  ASSERT(6, a);
  ASSERT(4, b);
  return 0;
}
