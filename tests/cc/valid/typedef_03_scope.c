#include "test.h"

typedef int T;

int main(void) {
  T a = 1;
  {
    typedef long T;
    T b = 2;
    ASSERT(8, sizeof(b));
    ASSERT(8, sizeof(T));
    ASSERT(3, a + b);
  }
  ASSERT(4, sizeof(T));
  {
    int T = 5; /* an ordinary identifier hides the typedef name */
    ASSERT(5, T);
  }
  return 0;
}
