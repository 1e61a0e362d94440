#include "test.h"

int f(int which) {
  if (which) {
    static int n = 100;
    return ++n;
  } else {
    static int n = 200;
    return ++n;
  }
}

int main(void) {
  ASSERT(101, f(1));
  ASSERT(201, f(0));
  ASSERT(102, f(1));
  ASSERT(202, f(0));
  return 0;
}
