#include "test.h"

int g1 = 5;
long g2 = -5L * 3;
char g3 = 'x';
unsigned g4 = 0xffffffff;
int g5 = 1 + 2 * 3;
int g6 = sizeof(long) * 2;
_Bool g7 = 5;

int main(void) {
  int a = g1 + 1;
  long b = {7}; /* braces around a scalar */
  ASSERT(5, g1);
  ASSERT(-15, g2);
  ASSERT('x', g3);
  ASSERT(4294967295u, g4);
  ASSERT(7, g5);
  ASSERT(16, g6);
  ASSERT(1, g7);
  ASSERT(6, a);
  ASSERT(7, b);
  return 0;
}
