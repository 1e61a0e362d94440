#include "test.h"

int early(int x) {
  if (x > 0) {
    for (int i = 0; i < 100; i++)
      if (i == x)
        return i * 2;
  }
  while (x < 0)
    return -1;
  return 0;
}

void noret(int *p) {
  *p = 1;
  return;
}

int main(void) {
  ASSERT(10, early(5));
  ASSERT(0, early(200));
  ASSERT(-1, early(-5));
  ASSERT(0, early(0));
  int v = 0;
  noret(&v);
  ASSERT(1, v);
  return 0;
}
