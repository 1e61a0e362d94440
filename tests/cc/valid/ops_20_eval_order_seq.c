#include "test.h"

static int trace[8];
static int n;

int mark(int v) {
  trace[n++] = v;
  return v;
}

int main(void) {
  /* &&, ||, ?: and , are sequence points: left to right */
  n = 0;
  (void)(mark(1) && mark(2) && mark(3));
  (void)(mark(4) ? mark(5) : mark(6));
  (void)(mark(0) || mark(7));
  ASSERT(7, n);
  ASSERT(1, trace[0]);
  ASSERT(2, trace[1]);
  ASSERT(3, trace[2]);
  ASSERT(4, trace[3]);
  ASSERT(5, trace[4]);
  ASSERT(0, trace[5]);
  ASSERT(7, trace[6]);
  return 0;
}
