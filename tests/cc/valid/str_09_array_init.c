#include "test.h"

int main(void) {
  char a[] = "abc";
  ASSERT(4, sizeof(a));
  char b[10] = "abc";
  ASSERT(10, sizeof(b));
  ASSERT(0, b[3]);
  ASSERT(0, b[9]);
  char c[3] = "abc"; /* no room for the terminator: allowed in C */
  ASSERT(3, sizeof(c));
  ASSERT('c', c[2]);
  char d[] = {"xyz"};
  ASSERT(4, sizeof(d));
  a[0] = 'A';
  ASSERT('A', a[0]);
  return 0;
}
