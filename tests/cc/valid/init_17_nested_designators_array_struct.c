#include "test.h"

struct slot {
  int id;
  int vals[3];
};

struct table {
  int count;
  struct slot slots[3];
};

static struct table t = {
  .count = 2,
  .slots = {
    [0] = {.id = 10, .vals = {1, 2, 3}},
    [2].vals[1] = 99,
  },
};

int main(void) {
  ASSERT(2, t.count);
  ASSERT(10, t.slots[0].id);
  ASSERT(3, t.slots[0].vals[2]);
  ASSERT(0, t.slots[1].id);
  ASSERT(99, t.slots[2].vals[1]);
  ASSERT(0, t.slots[2].vals[0]);
  return 0;
}
