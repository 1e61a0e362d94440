#include "test.h"

enum dir { NORTH, EAST, SOUTH, WEST };

enum dir turn_right(enum dir d) { return (enum dir)((d + 1) % 4); }
enum dir opposite(enum dir d) {
  switch (d) {
  case NORTH: return SOUTH;
  case SOUTH: return NORTH;
  case EAST: return WEST;
  default: return EAST;
  }
}

int main(void) {
  ASSERT(EAST, turn_right(NORTH));
  ASSERT(NORTH, turn_right(WEST));
  ASSERT(WEST, opposite(EAST));
  ASSERT(EAST, opposite(WEST));
  enum dir d = NORTH;
  for (int i = 0; i < 7; i++)
    d = turn_right(d);
  ASSERT(WEST, d);
  return 0;
}
