#include "test.h"

int main(void) {
  int s = 0;
  for (int i = 0; i < 100; i++) {
    if (i % 2)
      continue;
    if (i > 10)
      break;
    s += i;
  }
  ASSERT(30, s);
  int i = 0, hits = 0;
  while (1) {
    i++;
    if (i == 3)
      continue;
    if (i > 6)
      break;
    hits++;
  }
  ASSERT(5, hits);
  int d = 0;
  do {
    d++;
    if (d < 4)
      continue;
    break;
  } while (1);
  ASSERT(4, d);
  return 0;
}
