#include "test.h"

int main(void) {
  volatile int i;
  int sum = 0;
  for (i = 0; i < 10; i++)
    sum += i;
  ASSERT(45, sum);
  volatile long acc = 1;
  for (int k = 0; k < 20; k++)
    acc *= 2;
  ASSERT(1048576, acc);
  volatile unsigned char wrap = 250;
  for (int k = 0; k < 10; k++)
    wrap++;
  ASSERT(4, wrap);
  return 0;
}
