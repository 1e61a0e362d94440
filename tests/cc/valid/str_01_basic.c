#include "test.h"

int main(void) {
  ASSERT(97, "abc"[0]);
  ASSERT(98, "abc"[1]);
  ASSERT(99, "abc"[2]);
  ASSERT(0, "abc"[3]);
  ASSERT(4, sizeof("abc"));
  ASSERT(1, sizeof(""));
  ASSERT(0, ""[0]);
  const char *p = "hello";
  ASSERT('l', p[3]);
  ASSERT('o', *(p + 4));
  ASSERT(6, sizeof "hello");
  return 0;
}
