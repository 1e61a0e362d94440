#include "test.h"

static int counter;

void bump(void) { counter++; }

void bump_n(int n) {
  if (n <= 0)
    return;
  bump();
  bump_n(n - 1);
}

void nothing(void) {}

int main(void) {
  bump();
  ASSERT(1, counter);
  bump_n(4);
  ASSERT(5, counter);
  nothing();
  (void)counter;
  ASSERT(5, counter);
  return 0;
}
