#include "test.h"

#define UNIQUE_NAME2(a, b) a##b
#define UNIQUE_NAME(a, b) UNIQUE_NAME2(a, b)

int UNIQUE_NAME(var_, __COUNTER__) = 10;
int UNIQUE_NAME(var_, __COUNTER__) = 20;

int main(void) {
  ASSERT(10, var_0);
  ASSERT(20, var_1);
  ASSERT(2, __COUNTER__);
  ASSERT(3, __COUNTER__);
  /* "Mmm dd yyyy" and "hh:mm:ss": only the shapes are deterministic */
  ASSERT(12, sizeof __DATE__);
  ASSERT(9, sizeof __TIME__);
  ASSERT(':', __TIME__[2]);
  ASSERT(' ', __DATE__[3]);
  return 0;
}
