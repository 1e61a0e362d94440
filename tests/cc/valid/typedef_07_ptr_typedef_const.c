#include "test.h"

typedef char *str;
typedef const char *cstr;

int main(void) {
  char buf[] = "abc";
  const str s = buf;    /* const pointer to char, not pointer to const char */
  s[0] = 'x';
  ASSERT('x', buf[0]);
  cstr t = "lit";
  t++;
  ASSERT('i', *t);
  ASSERT(8, sizeof(str));
  return 0;
}
