#include "test.h"

int main(void) {
  int i = 0;
loop:
  i++;
  if (i < 5)
    goto loop;
  ASSERT(5, i);
  int n = 0;
  goto skip;
  n = 100;
skip:
  ASSERT(0, n);
  int tries = 0;
retry:
  tries++;
  if (tries < 3)
    goto retry;
  ASSERT(3, tries);
  return 0;
}
