#include "test.h"

void swap(int *a, int *b) {
  int t = *a;
  *a = *b;
  *b = t;
}

void sort3(int *a, int *b, int *c) {
  if (*a > *b)
    swap(a, b);
  if (*b > *c)
    swap(b, c);
  if (*a > *b)
    swap(a, b);
}

int main(void) {
  int x = 1, y = 2;
  swap(&x, &y);
  ASSERT(2, x);
  ASSERT(1, y);
  int p = 9, q = -4, r = 5;
  sort3(&p, &q, &r);
  ASSERT(-4, p);
  ASSERT(5, q);
  ASSERT(9, r);
  return 0;
}
