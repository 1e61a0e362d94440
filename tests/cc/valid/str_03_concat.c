#include "test.h"

int main(void) {
  const char *s = "abc" "def";
  ASSERT(7, sizeof("abc" "def"));
  ASSERT('d', s[3]);
  ASSERT(0, s[6]);
  ASSERT(1, sizeof("" ""));
  const char *t = "one "
                  "two "
                  "three";
  ASSERT('t', t[4]);
  ASSERT('h', t[9]);
  ASSERT(14, sizeof("one " "two " "three"));
  ASSERT(3, sizeof("\x4" "1")); /* the escape ends at the end of the first literal */
  ASSERT(4, "\x4" "1"[0]);
  printf("%s\n", "con" "cat" "enated");
  return 0;
}
