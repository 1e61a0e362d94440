#include "test.h"

static int store[4] = {10, 20, 30, 40};

int *at(int i) { return &store[i]; }

int (*whole(void))[4] { return &store; }

const char *name(int i) {
  static const char *names[] = {"zero", "one"};
  return names[i];
}

int main(void) {
  *at(2) = 33;
  ASSERT(33, store[2]);
  ASSERT(40, (*whole())[3]);
  ASSERT(16, sizeof *whole());
  ASSERT('n', name(1)[1]);
  ASSERT('z', *name(0));
  return 0;
}
