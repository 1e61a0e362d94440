#include "test.h"

int main(void) {
  int a[10];
  for (int i = 0; i < 10; i++)
    a[i] = i;
  int *p = a;
  p += 4;
  ASSERT(4, *p);
  p -= 2;
  ASSERT(2, *p);
  p[3] += 100;
  ASSERT(105, a[5]);
  *p *= 10;
  ASSERT(20, a[2]);
  int idx = 0;
  a[idx++] += 7;
  ASSERT(7, a[0]);
  ASSERT(1, idx);
  return 0;
}
