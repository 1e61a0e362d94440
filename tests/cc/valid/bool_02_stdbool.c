#include <stdbool.h>
#include "test.h"

bool all_positive(const int *a, int n) {
  for (int i = 0; i < n; i++)
    if (a[i] <= 0)
      return false;
  return true;
}

int main(void) {
  int a[] = {1, 2, 3};
  int b[] = {1, -2, 3};
  ASSERT(1, all_positive(a, 3));
  ASSERT(0, all_positive(b, 3));
  ASSERT(1, all_positive(b, 1));
  ASSERT(1, true);
  ASSERT(0, false);
  bool flags[4] = {true, false, 5, 0};
  ASSERT(1, flags[2]);
  ASSERT(4, sizeof flags);
  return 0;
}
