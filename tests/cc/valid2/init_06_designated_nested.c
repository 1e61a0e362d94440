#include "ftest.h"
#include "test.h"

struct inner {
  int b[4];
  double w;
};
struct outer {
  struct inner a;
  char tag;
  struct inner more[2];
};

int main(void) {
  struct outer o = {.a.b[2] = 5, .a.w = 0.5, .tag = 't', .more[1].b[3] = 9,
                    .more[0].w = -1.25};
  ASSERT(0, o.a.b[0]);
  ASSERT(5, o.a.b[2]);
  ASSERT_D(0.5, o.a.w);
  ASSERT('t', o.tag);
  ASSERT(9, o.more[1].b[3]);
  ASSERT(0, o.more[1].b[0]);
  ASSERT_D(-1.25, o.more[0].w);
  ASSERT_D(0.0, o.more[1].w);
  static struct outer so = {.more[0].b = {1, 2}, .a = {.w = 2.5}};
  ASSERT(3, so.more[0].b[0] + so.more[0].b[1]);
  ASSERT_D(2.5, so.a.w);
  return 0;
}
