#include "test.h"

enum { X = 1 };

int main(void) {
  ASSERT(1, X);
  {
    enum { X = 2, Y };
    ASSERT(2, X);
    ASSERT(3, Y);
  }
  ASSERT(1, X);
  int v = X;
  enum level { LOW = 10, HIGH = 20 } lv = HIGH;
  ASSERT(20, lv);
  ASSERT(1, v);
  ASSERT(30, LOW + HIGH);
  return 0;
}
