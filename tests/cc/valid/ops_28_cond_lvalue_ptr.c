#include "test.h"

int main(void) {
  int a = 1, b = 2;
  int which = 1;
  *(which ? &a : &b) = 10;
  ASSERT(10, a);
  ASSERT(2, b);
  which = 0;
  *(which ? &a : &b) += 5;
  ASSERT(7, b);
  int arr[2][2] = {{1, 2}, {3, 4}};
  ASSERT(4, (which ? arr[0] : arr[1])[1]);
  return 0;
}
