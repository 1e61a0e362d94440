#include "test.h"

int main(void) {
  int (x) = 3;
  int (*(p)) = &x;
  int ((arr))[2] = {1, 2};
  int *(ptrs)[2] = {&arr[0], &arr[1]};
  ASSERT(3, x);
  ASSERT(3, *p);
  ASSERT(3, arr[0] + arr[1]);
  ASSERT(2, *ptrs[1]);
  ASSERT(16, sizeof(ptrs));
  ASSERT(8, sizeof(int (*)[2]));
  ASSERT(16, sizeof(int *[2]));
  return 0;
}
