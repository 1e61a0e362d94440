#include <string.h>
#include "test.h"

int main(void) {
  const char s[] = "ab\0cd";
  ASSERT(6, sizeof s);
  ASSERT(2, strlen(s));
  ASSERT('c', s[3]);
  ASSERT(2, strlen(s + 3));
  const char t[] = "\0";
  ASSERT(2, sizeof t);
  ASSERT(0, strlen(t));
  return 0;
}
