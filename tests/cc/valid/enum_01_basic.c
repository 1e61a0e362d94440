#include "test.h"

enum color { RED, GREEN, BLUE };
enum { A = 5, B, C = 10, D, E = -1, F };

int main(void) {
  ASSERT(0, RED);
  ASSERT(1, GREEN);
  ASSERT(2, BLUE);
  ASSERT(5, A);
  ASSERT(6, B);
  ASSERT(10, C);
  ASSERT(11, D);
  ASSERT(-1, E);
  ASSERT(0, F);
  enum color c = BLUE;
  ASSERT(2, c);
  ASSERT(4, sizeof(c));
  ASSERT(4, sizeof(enum color));
  return 0;
}
