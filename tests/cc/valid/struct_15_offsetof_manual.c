#include "test.h"

struct rec {
  char tag;
  short code;
  int count;
  char name[5];
  long total;
};

int main(void) {
  struct rec r;
  char *base = (char *)&r;
  ASSERT(0, (char *)&r.tag - base);
  ASSERT(2, (char *)&r.code - base);
  ASSERT(4, (char *)&r.count - base);
  ASSERT(8, (char *)&r.name - base);
  ASSERT(16, (char *)&r.total - base);
  ASSERT(24, sizeof r);
  struct rec *p = &r;
  ASSERT(16, (char *)&p->total - (char *)p);
  return 0;
}
