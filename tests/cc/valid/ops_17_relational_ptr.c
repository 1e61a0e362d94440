#include "test.h"

int main(void) {
  char s[] = "hello";
  char *b = s, *e = s + 5;
  int n = 0;
  for (char *p = b; p < e; p++)
    n++;
  ASSERT(5, n);
  ASSERT(1, b < e);
  ASSERT(1, e >= b + 5);
  ASSERT(0, b > e);
  ASSERT(1, e - b == 5);
  ASSERT(1, (e - 1) > b);
  return 0;
}
