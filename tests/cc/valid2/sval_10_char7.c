#include <string.h>
#include "test.h"

struct name7 {
  char s[7];
};

static struct name7 upper(struct name7 n) {
  for (int i = 0; i < 7 && n.s[i]; i++)
    if (n.s[i] >= 'a' && n.s[i] <= 'z')
      n.s[i] -= 32;
  return n;
}
static struct name7 make(const char *s) {
  struct name7 n = {{0}};
  strncpy(n.s, s, 6);
  return n;
}
static int len(struct name7 n) { return (int)strlen(n.s); }

int main(void) {
  ASSERT(7, sizeof(struct name7));
  struct name7 a = make("hello!");
  struct name7 b = upper(a);
  ASSERT(0, strcmp(b.s, "HELLO!"));
  ASSERT(0, strcmp(a.s, "hello!"));
  ASSERT(6, len(b));
  ASSERT(3, len(upper(make("abc"))));
  ASSERT('X', upper(make("xyz")).s[0]);
  return 0;
}
