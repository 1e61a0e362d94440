#include "test.h"

union cell {
  long n;
  union cell *next;
};

int main(void) {
  union cell cells[4];
  for (int i = 0; i < 3; i++)
    cells[i].next = &cells[i + 1];
  cells[3].n = 77;
  union cell *c = &cells[0];
  int hops = 0;
  while (c != &cells[3]) {
    c = c->next;
    hops++;
  }
  ASSERT(3, hops);
  ASSERT(77, c->n);
  ASSERT(32, sizeof cells);
  return 0;
}
