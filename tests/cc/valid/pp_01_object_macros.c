#include "test.h"

#define ONE 1
#define TWO (ONE + ONE)
#define EMPTY
#define GREETING "hi there"
#define NEG -5

int main(void) {
  ASSERT(1, ONE);
  ASSERT(2, TWO);
  ASSERT(6, TWO * 3);
  ASSERT(3, EMPTY 3 EMPTY);
  ASSERT('t', GREETING[3]);
  ASSERT(-10, NEG * 2);
  ASSERT(5, -NEG);
  return 0;
}
