#include "test.h"

int main(void) {
  int count = 0;
  for (int i = 0; i < 5; i++) {
    for (int j = 0; j < 5; j++) {
      if (j > i)
        break; /* only leaves the inner loop */
      count++;
    }
  }
  ASSERT(15, count);
  int found_i = -1, found_j = -1;
  for (int i = 1; i < 10 && found_i < 0; i++)
    for (int j = 1; j < 10; j++)
      if (i * j == 42) {
        found_i = i;
        found_j = j;
        break;
      }
  ASSERT(6, found_i);
  ASSERT(7, found_j);
  return 0;
}
