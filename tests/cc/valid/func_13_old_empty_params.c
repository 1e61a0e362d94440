#include "test.h"

int answer(void) { return 42; }

static int local_helper(int x) { return x - 1; }

int main(void) {
  ASSERT(42, answer());
  ASSERT(41, local_helper(answer()));
  int (*p)(void) = answer;
  ASSERT(42, p());
  return 0;
}
