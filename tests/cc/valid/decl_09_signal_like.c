#include "test.h"

typedef void (*sighandler)(int);

static int last;

void on_a(int s) { last = s; }
void on_b(int s) { last = -s; }

static void (*current)(int) = on_a;

/* like signal(2): takes a handler, returns the previous one */
void (*install(void (*h)(int)))(int) {
  void (*old)(int) = current;
  current = h;
  return old;
}

int main(void) {
  current(3);
  ASSERT(3, last);
  sighandler prev = install(on_b);
  current(4);
  ASSERT(-4, last);
  prev(5);
  ASSERT(5, last);
  ASSERT(1, install(prev) == on_b);
  return 0;
}
