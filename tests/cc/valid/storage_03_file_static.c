#include "test.h"

static int hidden = 5;
static int helper(int x) { return x + hidden; }
static long table[3] = {1, 2, 3};

int main(void) {
  ASSERT(8, helper(3));
  hidden = 10;
  ASSERT(13, helper(3));
  table[2] = helper(table[1]);
  ASSERT(12, table[2]);
  return 0;
}
