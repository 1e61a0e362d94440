#include "test.h"

char c;
short s;
int i;
long l;

int main(void) {
  l = 0x1122334455667788L;
  i = l;
  s = l;
  c = l;
  ASSERT(0x55667788, i);
  ASSERT(0x7788, s);
  ASSERT(0x88, c);
  i = -1;
  c = i;
  ASSERT(255, c);
  s = c;
  ASSERT(255, s);
  return 0;
}
