#include "test.h"

static int log_[8], n;
int note(int v) {
  log_[n++] = v;
  return v;
}

int main(void) {
  int r = note(1) ? note(2) : note(3);
  ASSERT(2, r);
  ASSERT(2, n);
  r = note(0) ? note(4) : note(5);
  ASSERT(5, r);
  ASSERT(4, n);
  ASSERT(0, log_[2]);
  ASSERT(5, log_[3]);
  int x = 0;
  int y = x++ ? x++ : x--;
  ASSERT(0, x);
  ASSERT(1, y);
  return 0;
}
