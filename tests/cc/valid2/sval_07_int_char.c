#include "test.h"

struct tagged {
  int value;
  char tag;
};

static struct tagged tag_it(int v) {
  struct tagged t = {v, v < 0 ? 'n' : v == 0 ? 'z' : 'p'};
  return t;
}
static int describe(struct tagged t) { return t.tag * 1000 + t.value; }

int main(void) {
  ASSERT(8, sizeof(struct tagged));
  ASSERT('n', tag_it(-5).tag);
  ASSERT('z', tag_it(0).tag);
  ASSERT('p', tag_it(9).tag);
  ASSERT('p' * 1000 + 42, describe(tag_it(42)));
  struct tagged t = tag_it(-1);
  t.value = 7;
  ASSERT('n' * 1000 + 7, describe(t));
  return 0;
}
