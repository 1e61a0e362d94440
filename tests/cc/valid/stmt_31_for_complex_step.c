#include "test.h"

int main(void) {
  int pow2 = 0;
  for (int i = 1; i < 1000; i *= 2)
    pow2++;
  ASSERT(10, pow2);
  int steps = 0;
  for (unsigned x = 27; x != 1; x = x % 2 ? 3 * x + 1 : x / 2)
    steps++;
  ASSERT(111, steps);
  int sum = 0;
  for (int i = 0, j = 100; i < j; i += 7, j -= 3)
    sum += j - i;
  ASSERT(550, sum);
  return 0;
}
