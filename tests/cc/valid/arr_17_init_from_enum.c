#include "test.h"

enum { SMALL = 2, MEDIUM = 4, LARGE = 8 };

static int sizes[] = {SMALL, MEDIUM, LARGE};
static char buffer[LARGE][MEDIUM];

int main(void) {
  ASSERT(32, sizeof buffer);
  ASSERT(14, sizes[0] + sizes[1] + sizes[2]);
  buffer[LARGE - 1][MEDIUM - 1] = 'z';
  ASSERT('z', ((char *)buffer)[31]);
  int local[SMALL * MEDIUM] = {[SMALL] = 1};
  ASSERT(32, sizeof local);
  ASSERT(1, local[2]);
  return 0;
}
