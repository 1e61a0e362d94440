#include "test.h"

#define OPT(x) (0 x 1)
#define WRAP(a, b) a b
#define NONE()

int main(void) {
  ASSERT(1, OPT(+));
  ASSERT(-1, OPT(-));
  ASSERT(5, WRAP(, 5));
  ASSERT(6, WRAP(6, ));
  NONE()
  ASSERT(0, 0 NONE());
  return 0;
}
