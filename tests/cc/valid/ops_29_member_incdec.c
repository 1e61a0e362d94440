#include "test.h"

struct counter {
  int hits;
  long total;
  int *log;
};

int main(void) {
  int buf[4] = {0};
  struct counter c = {0, 100, buf};
  struct counter *p = &c;
  p->hits++;
  ++p->hits;
  ASSERT(2, c.hits);
  ASSERT(100, p->total--);
  ASSERT(98, --p->total);
  *p->log++ = 7;
  *p->log = 8;
  ASSERT(7, buf[0]);
  ASSERT(8, buf[1]);
  ASSERT(1, p->log - buf);
  c.log[1]++;
  ASSERT(1, buf[2]);
  return 0;
}
