#include "test.h"

struct record {
  int id;
  char name[20];
  long scores[4];
};

static struct record make(int id) {
  struct record r = {id, "rec", {0}};
  r.name[3] = (char)('0' + id);
  for (int i = 0; i < 4; i++)
    r.scores[i] = id * (i + 1);
  return r;
}

static struct record best_of(struct record a, struct record b) {
  long sa = 0, sb = 0;
  for (int i = 0; i < 4; i++) {
    sa += a.scores[i];
    sb += b.scores[i];
  }
  return sa >= sb ? a : b;
}

int main(void) {
  ASSERT(56, sizeof(struct record));
  ASSERT(3, make(3).id);
  ASSERT('7', make(7).name[3]);
  ASSERT(20, make(5).scores[3]);
  ASSERT(9, best_of(make(2), make(9)).id);
  ASSERT(36, best_of(make(9), make(2)).scores[3]);
  ASSERT('4', best_of(make(4), best_of(make(1), make(3))).name[3]);
  return 0;
}
