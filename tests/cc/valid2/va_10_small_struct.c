#include <stdarg.h>
#include "test.h"

struct pair {
  int a, b;
};
struct tiny {
  char c;
};
struct three {
  short x, y, z;
};

static int sum_pairs(int n, ...) {
  va_list ap;
  va_start(ap, n);
  int s = 0;
  for (int i = 0; i < n; i++) {
    struct pair p = va_arg(ap, struct pair);
    s += p.a * p.b;
  }
  va_end(ap);
  return s;
}

static int mixed(int n, ...) {
  va_list ap;
  va_start(ap, n);
  struct tiny t = va_arg(ap, struct tiny);
  int k = va_arg(ap, int);
  struct three th = va_arg(ap, struct three);
  va_end(ap);
  return t.c * 1000 + k * 100 + th.x + th.y + th.z;
}

int main(void) {
  struct pair p1 = {2, 3}, p2 = {4, 5}, p3 = {-1, 7};
  ASSERT(26, sum_pairs(2, p1, p2));
  ASSERT(19, sum_pairs(3, p1, p2, p3));
  struct pair many[9] = {{1, 1}, {1, 2}, {1, 3}, {1, 4}, {1, 5}, {1, 6}, {1, 7}, {1, 8}, {1, 9}};
  ASSERT(45, sum_pairs(9, many[0], many[1], many[2], many[3], many[4], many[5], many[6],
                       many[7], many[8]));
  struct tiny t = {3};
  struct three th = {10, 20, 30};
  ASSERT(3560, mixed(0, t, 5, th));
  return 0;
}
