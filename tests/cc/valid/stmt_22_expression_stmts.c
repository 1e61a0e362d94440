#include "test.h"

#pragma GCC diagnostic ignored "-Wunused-value"

static int calls;
int side(void) { return ++calls; }

int main(void) {
  int a = 1;
  a;
  side();
  (void)side();
  a + side();
  side(), side();
  ASSERT(5, calls);
  ASSERT(1, a);
  return 0;
}
