#include <stdio.h>
#include <stdlib.h>

static double stats[3];

static void first(void) { printf("first registered, last run: %g\n", stats[0]); }
static void second(void) { printf("second registered: %g\n", stats[1]); }
static void third(void) {
  printf("third registered, first run\n");
  stats[0] = stats[1] * 2;
}

int main(void) {
  atexit(first);
  atexit(second);
  atexit(third);
  stats[1] = 21.5;
  printf("main returns\n");
  return 0;
}
