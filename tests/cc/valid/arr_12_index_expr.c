#include "test.h"

int idx(int i) { return i * 2; }

int main(void) {
  int a[10];
  for (int i = 0; i < 10; i++)
    a[i] = 100 + i;
  int k = 3;
  ASSERT(106, a[idx(k)]);
  ASSERT(104, a[k + 1]);
  ASSERT(109, a[sizeof(a) / sizeof(int) - 1]);
  ASSERT(102, a[a[0] - 98]);
  ASSERT(101, a['b' - 'a']);
  unsigned char u = 5;
  ASSERT(105, a[u]);
  long l = 8;
  ASSERT(108, a[l]);
  return 0;
}
