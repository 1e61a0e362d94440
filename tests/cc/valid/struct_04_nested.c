#include "test.h"

struct inner {
  char tag;
  int vals[2];
};

struct outer {
  int id;
  struct inner in;
  struct inner *link;
};

int main(void) {
  struct outer o;
  o.id = 1;
  o.in.tag = 'q';
  o.in.vals[0] = 10;
  o.in.vals[1] = 20;
  o.link = &o.in;
  ASSERT('q', o.link->tag);
  ASSERT(30, o.link->vals[0] + o.in.vals[1]);
  ASSERT(12, sizeof(struct inner));
  ASSERT(24, sizeof(struct outer));
  o.link->vals[1]++;
  ASSERT(21, o.in.vals[1]);
  return 0;
}
