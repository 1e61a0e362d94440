#include "test.h"

#define CAP 8

struct ring {
  int data[CAP];
  unsigned head, tail; /* free-running counters */
};

int push(struct ring *r, int v) {
  if (r->head - r->tail == CAP)
    return 0;
  r->data[r->head++ % CAP] = v;
  return 1;
}

int pop(struct ring *r, int *out) {
  if (r->head == r->tail)
    return 0;
  *out = r->data[r->tail++ % CAP];
  return 1;
}

int main(void) {
  struct ring r = {{0}, 0, 0};
  int v = 0, sum = 0, pushed = 0;
  for (int i = 0; i < 10; i++)
    pushed += push(&r, i);
  ASSERT(8, pushed);
  for (int i = 0; i < 3; i++) {
    pop(&r, &v);
    sum += v;
  }
  ASSERT(3, sum);
  for (int i = 100; i < 105; i++)
    pushed += push(&r, i);
  ASSERT(11, pushed);
  int order[8], n = 0;
  while (pop(&r, &v))
    order[n++] = v;
  ASSERT(8, n);
  ASSERT(3, order[0]);
  ASSERT(7, order[4]);
  ASSERT(102, order[7]);
  return 0;
}
