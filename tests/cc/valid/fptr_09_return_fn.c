#include "test.h"

int square(int x) { return x * x; }
int cube(int x) { return x * x * x; }

typedef int (*power_fn)(int);

power_fn power(int n) { return n == 2 ? square : cube; }

int (*power2(int n))(int) { return n == 2 ? square : cube; }

int main(void) {
  ASSERT(9, power(2)(3));
  ASSERT(27, power(3)(3));
  ASSERT(16, power2(2)(4));
  ASSERT(64, (*power2(3))(4));
  return 0;
}
