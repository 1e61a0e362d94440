#include "test.h"

static int a = 1, b = 2, c = 3;
static int *ptrs[] = {&a, &b, &c, 0};
static const char *words[][2] = {{"k1", "v1"}, {"k2", "v2"}};

int main(void) {
  int s = 0;
  for (int **p = ptrs; *p; p++)
    s += **p;
  ASSERT(6, s);
  ASSERT('v', words[1][1][0]);
  ASSERT('2', words[1][0][1]);
  ASSERT(32, sizeof words);
  return 0;
}
