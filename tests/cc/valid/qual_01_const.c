#include "test.h"

const int limit = 10;
const char greeting[] = "hi";

int sum_to(const int n) {
  int s = 0;
  for (int i = 0; i <= n; i++)
    s += i;
  return s;
}

int main(void) {
  const int local = 5;
  ASSERT(55, sum_to(limit));
  ASSERT(15, sum_to(local));
  ASSERT('i', greeting[1]);
  const int *p = &local;
  ASSERT(5, *p);
  const struct { int a; } s = {3};
  ASSERT(3, s.a);
  return 0;
}
