#include "test.h"

#define KIND(x) _Generic((x), int: 1, const int *: 2, int *: 3, double: 4, float: 5, default: 0)

int main(void) {
  const int ci = 5;
  volatile double vd = 1.0;
  int arr[3];
  const int carr[2] = {1, 2};
  ASSERT(1, KIND(ci)); /* lvalue conversion drops the qualifier */
  ASSERT(4, KIND(vd));
  ASSERT(3, KIND(arr)); /* array decays */
  ASSERT(2, KIND(carr));
  ASSERT(2, KIND(&ci));
  ASSERT(0, KIND('a' + 1L));
  ASSERT(5, KIND(1.0f));
  ASSERT(4, KIND((float)1 + 1.0));
  int n = 0;
  ASSERT(1, KIND(n++)); /* not evaluated */
  ASSERT(0, n);
  ASSERT(4, _Generic(1.0, float: 4, double: sizeof(double) / 2));
  ASSERT(8, sizeof(_Generic(ci, int: 1L, default: 'c')));
  return 0;
}
