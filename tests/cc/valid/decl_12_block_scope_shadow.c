#include "test.h"

int x = 1;

int main(void) {
  ASSERT(1, x);
  int x = 2;
  ASSERT(2, x);
  {
    ASSERT(2, x);
    int x = 3;
    ASSERT(3, x);
    {
      int x = 4;
      ASSERT(4, x);
    }
    ASSERT(3, x);
  }
  ASSERT(2, x);
  for (int x = 10; x < 11; x++)
    ASSERT(10, x);
  ASSERT(2, x);
  return 0;
}
