#include "test.h"

int main(void) {
  int a = 3, b = 4;
  _Bool lt = a < b;
  _Bool eq = a == b;
  ASSERT(1, lt);
  ASSERT(0, eq);
  ASSERT(1, lt + eq);
  _Bool arr[3];
  arr[0] = 2;
  arr[1] = 0;
  arr[2] = -3;
  ASSERT(2, arr[0] + arr[1] + arr[2]);
  _Bool flip = 0;
  flip = !flip;
  ASSERT(1, flip);
  flip = !flip;
  ASSERT(0, flip);
  return 0;
}
