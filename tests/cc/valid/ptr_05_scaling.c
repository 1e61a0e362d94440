#include "test.h"

int main(void) {
  char c[8];
  short s[8];
  int i[8];
  long l[8];
  ASSERT(1, (char *)(c + 1) - (char *)c);
  ASSERT(2, (char *)(s + 1) - (char *)s);
  ASSERT(4, (char *)(i + 1) - (char *)i);
  ASSERT(8, (char *)(l + 1) - (char *)l);
  ASSERT(24, (char *)&l[3] - (char *)&l[0]);
  long *lp = l + 7;
  ASSERT(7, lp - l);
  ASSERT(56, (char *)lp - (char *)l);
  return 0;
}
