#include "test.h"

static int level = 3;

int read_level(void) {
  extern int level; /* refers to the file-scope static */
  return level;
}

int main(void) {
  ASSERT(3, read_level());
  level = 9;
  ASSERT(9, read_level());
  return 0;
}
