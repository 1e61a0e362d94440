#include "test.h"

struct s {
  int a, b, c, d, e;
};

int main(void) {
  struct s x = {.b = 2, 3, 4, .a = 1};
  ASSERT(1, x.a);
  ASSERT(2, x.b);
  ASSERT(3, x.c);
  ASSERT(4, x.d);
  ASSERT(0, x.e);
  int arr[8] = {1, [4] = 5, 6, 7, [1] = 2, 3};
  ASSERT(1, arr[0]);
  ASSERT(2, arr[1]);
  ASSERT(3, arr[2]);
  ASSERT(0, arr[3]);
  ASSERT(5, arr[4]);
  ASSERT(6, arr[5]);
  ASSERT(7, arr[6]);
  ASSERT(0, arr[7]);
  struct s y = {.e = 50, .c = 30, 40};
  ASSERT(40, y.d);
  ASSERT(50, y.e);
  return 0;
}
