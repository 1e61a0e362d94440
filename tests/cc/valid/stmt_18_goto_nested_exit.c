#include "test.h"

int main(void) {
  int fi = -1, fj = -1;
  for (int i = 0; i < 10; i++)
    for (int j = 0; j < 10; j++)
      if (i * 10 + j == 57) {
        fi = i;
        fj = j;
        goto done;
      }
done:
  ASSERT(5, fi);
  ASSERT(7, fj);
  int x = 0;
  {
    goto inner;
    x = 1;
  inner:
    x += 10;
  }
  ASSERT(10, x);
  return 0;
}
