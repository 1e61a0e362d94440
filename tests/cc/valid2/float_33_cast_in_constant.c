#include "test.h"

enum { TWO = (int)2.5, MINUS_THREE = (int)-3.99, BIG = (int)1e9 };

static char buf[(int)4.9 + (int)1.1];

static int classify(int v) {
  switch (v) {
  case (int)1.5:
    return 10;
  case (int)2.999:
    return 20;
  default:
    return 0;
  }
}

_Static_assert((int)3.7 == 3, "truncation");
_Static_assert(sizeof(float) == 4 && sizeof(double) == 8, "sizes");

int main(void) {
  ASSERT(2, TWO);
  ASSERT(-3, MINUS_THREE);
  ASSERT(1000000000, BIG);
  ASSERT(5, sizeof buf);
  ASSERT(10, classify(1));
  ASSERT(20, classify(2));
  ASSERT(0, classify(3));
  static int arr[(int)(unsigned char)200.0];
  ASSERT(800, sizeof arr);
  return 0;
}
