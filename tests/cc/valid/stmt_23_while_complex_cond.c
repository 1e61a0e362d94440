#include "test.h"

int main(void) {
  int a[] = {3, 1, 4, 1, 5, 9, 2, 6, 0, 7};
  int i = 0;
  while (a[i] != 0 && a[i] != 9)
    i++;
  ASSERT(5, i);
  int j = 0, s = 0;
  while ((s += a[j++]) < 20)
    ;
  ASSERT(23, s);
  ASSERT(6, j);
  int *p = a;
  while (*p++)
    ;
  ASSERT(9, p - a);
  return 0;
}
