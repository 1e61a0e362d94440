#include "test.h"

int main(void) {
  char names[4][8] = {"ann", "bob", "carol", "dave"};
  ASSERT(32, sizeof names);
  ASSERT('c', names[2][0]);
  ASSERT(0, names[1][3]);
  names[1][0] = 'r';
  ASSERT('r', *names[1]);
  int total = 0;
  for (int i = 0; i < 4; i++)
    for (int j = 0; names[i][j]; j++)
      total++;
  ASSERT(15, total);
  return 0;
}
