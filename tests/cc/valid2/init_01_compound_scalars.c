#include "test.h"

static int sum(const int *v, int n) {
  int s = 0;
  for (int i = 0; i < n; i++)
    s += v[i];
  return s;
}

int main(void) {
  int *p = (int[]){1, 2, 3, 4};
  ASSERT(10, sum(p, 4));
  p[1] = 20;
  ASSERT(28, sum(p, 4));
  ASSERT(15, sum((int[]){5, 5, 5}, 3));
  ASSERT(12, sizeof((int[]){1, 2, 3}));
  ASSERT(20, sizeof((int[5]){1}));
  ASSERT(0, ((int[5]){1})[4]);
  int x = (int){42};
  ASSERT(42, x);
  char *s = (char[]){"hello"};
  s[0] = 'j';
  ASSERT('j', *s);
  ASSERT(6, sizeof((char[]){"hello"}));
  long *lp = &(long){7};
  *lp += 1;
  ASSERT(8, *lp);
  return 0;
}
