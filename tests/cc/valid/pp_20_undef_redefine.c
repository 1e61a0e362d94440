#include "test.h"

#define V 1
int a = V;
#undef V
#define V 2
int b = V;
#undef V
#undef NEVER_DEFINED
#define V(x) (x + 100)
int c = V(1);
#define V(x) (x + 100)

int main(void) {
  ASSERT(1, a);
  ASSERT(2, b);
  ASSERT(101, c);
  ASSERT(102, V(2));
  return 0;
}
