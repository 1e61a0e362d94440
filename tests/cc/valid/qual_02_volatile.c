#include "test.h"

volatile int flag;

int spin(volatile int *p, int n) {
  int reads = 0;
  while (*p < n) {
    (*p)++;
    reads++;
  }
  return reads;
}

int main(void) {
  volatile int v = 0;
  ASSERT(5, spin(&v, 5));
  ASSERT(5, v);
  flag = 1;
  flag = 2;
  ASSERT(2, flag);
  volatile char buf[4] = {1, 2, 3, 4};
  int s = 0;
  for (int i = 0; i < 4; i++)
    s += buf[i];
  ASSERT(10, s);
  return 0;
}
