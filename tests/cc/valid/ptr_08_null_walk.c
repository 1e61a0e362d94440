#include "test.h"

int count(const char **list) {
  int n = 0;
  while (*list++)
    n++;
  return n;
}

int main(void) {
  const char *words[] = {"a", "bb", "ccc", 0};
  const char *none[] = {0};
  ASSERT(3, count(words));
  ASSERT(0, count(none));
  ASSERT('b', words[1][1]);
  ASSERT('c', *words[2]);
  ASSERT(1, words[3] == 0);
  return 0;
}
