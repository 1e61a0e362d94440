#include "test.h"

struct buf {
  int len;
  int data[4];
};

void append(struct buf *b, int v) { b->data[b->len++] = v; }

int *last(struct buf *b) { return &b->data[b->len - 1]; }

int main(void) {
  struct buf b = {0};
  append(&b, 7);
  append(&b, 8);
  append(&b, 9);
  ASSERT(3, b.len);
  ASSERT(9, *last(&b));
  *last(&b) = 90;
  ASSERT(90, b.data[2]);
  int *lenp = &b.len;
  *lenp = 1;
  ASSERT(7, *last(&b));
  ASSERT(1, (void *)&b == (void *)&b.len);
  return 0;
}
