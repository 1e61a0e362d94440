#include "test.h"

int is_odd(int n);

int is_even(int n) { return n == 0 ? 1 : is_odd(n - 1); }
int is_odd(int n) { return n == 0 ? 0 : is_even(n - 1); }

int main(void) {
  ASSERT(1, is_even(0));
  ASSERT(0, is_odd(0));
  ASSERT(1, is_even(10));
  ASSERT(1, is_odd(7));
  ASSERT(0, is_even(99));
  return 0;
}
