#include "test.h"

enum {
  ONE = 1,
  TWO = ONE + 1,
  FOUR = TWO * TWO,
  MASK = (1 << FOUR) - 1,
  NEG = -FOUR,
  SIZE = sizeof(long),
  CH = 'a',
};

int table[FOUR];

int main(void) {
  ASSERT(2, TWO);
  ASSERT(4, FOUR);
  ASSERT(15, MASK);
  ASSERT(-4, NEG);
  ASSERT(8, SIZE);
  ASSERT(97, CH);
  ASSERT(16, sizeof table);
  return 0;
}
