#include "test.h"

typedef int myint;
typedef long *longptr;
typedef char name_t[16];
typedef unsigned char byte;

int main(void) {
  myint a = 5;
  long l = 9;
  longptr p = &l;
  name_t n = "typedef";
  byte b = (byte)300;
  ASSERT(5, a);
  ASSERT(9, *p);
  ASSERT(16, sizeof(name_t));
  ASSERT('y', n[1]);
  ASSERT(44, b);
  ASSERT(8, sizeof(longptr));
  return 0;
}
