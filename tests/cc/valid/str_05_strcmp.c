#include "test.h"

int my_strcmp(const char *a, const char *b) {
  while (*a && *a == *b) {
    a++;
    b++;
  }
  return (unsigned char)*a - (unsigned char)*b;
}

int sign(int x) { return (x > 0) - (x < 0); }

int main(void) {
  ASSERT(0, my_strcmp("", ""));
  ASSERT(0, my_strcmp("abc", "abc"));
  ASSERT(-1, sign(my_strcmp("abc", "abd")));
  ASSERT(1, sign(my_strcmp("abd", "abc")));
  ASSERT(-1, sign(my_strcmp("ab", "abc")));
  ASSERT(1, sign(my_strcmp("abc", "ab")));
  ASSERT(1, sign(my_strcmp("\xff", "a"))); /* compared as unsigned char */
  ASSERT(-1, sign(my_strcmp("A", "a")));
  return 0;
}
