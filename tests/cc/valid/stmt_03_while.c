#include "test.h"

int main(void) {
  int i = 0, s = 0;
  while (i < 10) {
    s += i;
    i++;
  }
  ASSERT(45, s);
  ASSERT(10, i);
  while (0)
    s = -1;
  ASSERT(45, s);
  int n = 1000;
  int steps = 0;
  while (n /= 2)
    steps++;
  ASSERT(9, steps);
  return 0;
}
