#include "test.h"

struct rec {
  int id;
  char pad[12];
};

int main(void) {
  struct rec recs[5];
  for (int i = 0; i < 5; i++)
    recs[i].id = i * 11;
  struct rec *p = recs;
  ASSERT(16, sizeof *p);
  ASSERT(33, (p + 3)->id);
  p += 4;
  ASSERT(44, p->id);
  ASSERT(4, p - recs);
  ASSERT(64, (char *)p - (char *)recs);
  ASSERT(22, p[-2].id);
  return 0;
}
