#include "test.h"

#define STR(x) #x
#define XSTR(x) STR(x)
#define VALUE 123

int main(void) {
  const char *a = STR(hello);
  const char *b = STR(VALUE);
  const char *c = XSTR(VALUE);
  const char *d = STR(  a  +   b  );
  const char *e = STR("quoted\n");
  printf("%s %s %s [%s] %s\n", a, b, c, d, e);
  ASSERT(6, sizeof(STR(hello)));
  ASSERT('1', c[0]);
  ASSERT(11, sizeof(STR("q\n")) + sizeof(STR('\0')));
  return 0;
}
