#include "test.h"

struct entry {
  char key[8];
  int value;
};

struct entry table[] = {
  {"one", 1},
  {"three", 3},
  {.value = 7, .key = "seven"},
};

int main(void) {
  ASSERT(36, sizeof table);
  ASSERT('t', table[1].key[0]);
  ASSERT(0, table[0].key[3]);
  ASSERT(0, table[0].key[7]);
  ASSERT(7, table[2].value);
  ASSERT('n', table[2].key[4]);
  char local[2][4] = {"ab", "cde"};
  ASSERT('e', local[1][2]);
  ASSERT(0, local[0][3]);
  return 0;
}
