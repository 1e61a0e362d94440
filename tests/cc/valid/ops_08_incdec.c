#include "test.h"

#pragma GCC diagnostic ignored "-Wbool-operation"

int main(void) {
  int i = 5;
  ASSERT(5, i++);
  ASSERT(6, i);
  ASSERT(7, ++i);
  ASSERT(7, i--);
  ASSERT(5, --i);
  long l = 0;
  l--;
  ASSERT(-1, l);
  char c = 255;
  c++;
  ASSERT(0, c);
  unsigned u = 0;
  --u;
  ASSERT(4294967295u, u);
  _Bool b = 0;
  b++;
  ASSERT(1, b);
  b++;
  ASSERT(1, b);
  return 0;
}
