#include "test.h"

int main(void) {
  int i = 0;
  do {
    i++;
  } while (i < 5);
  ASSERT(5, i);
  int runs = 0;
  do
    runs++;
  while (0);
  ASSERT(1, runs);
  unsigned n = 12345, digits = 0;
  do {
    digits++;
    n /= 10;
  } while (n);
  ASSERT(5, digits);
  n = 0;
  digits = 0;
  do digits++; while (n /= 10);
  ASSERT(1, digits);
  return 0;
}
