#include "test.h"

int main(void) {
  int a[10];
  for (int i = 0; i < 10; i++)
    a[i] = i * i;
  long li = 7;
  unsigned long ul = 3;
  short si = 2;
  unsigned char uc = 9;
  ASSERT(49, a[li]);
  ASSERT(9, a[ul]);
  ASSERT(4, a[si]);
  ASSERT(81, a[uc]);
  int *end = a + 10;
  long back = -4;
  ASSERT(36, end[back]);
  ASSERT(25, *(end + back - 1));
  return 0;
}
