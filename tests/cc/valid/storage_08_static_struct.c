#include "test.h"

struct config {
  const char *name;
  int level;
  int *counter;
};

static int hits;
static struct config cfg = {"default", 3, &hits};
static struct config *active = &cfg;

void hit(void) { ++*active->counter; }

int main(void) {
  hit();
  hit();
  ASSERT(2, hits);
  ASSERT(3, active->level);
  ASSERT('d', active->name[0]);
  active->level = 9;
  ASSERT(9, cfg.level);
  return 0;
}
