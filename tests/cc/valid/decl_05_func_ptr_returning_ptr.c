#include "test.h"

static char text[] = "declarators";

char *from(int i) { return text + i; }
char *twice(int i) { return text + 2 * i; }

/* choose: function taking int, returning a pointer to a function
   (int) returning char * */
char *(*choose(int which))(int) { return which ? twice : from; }

int main(void) {
  char *(*f)(int) = choose(0);
  ASSERT('c', *f(2));
  ASSERT('a', *choose(1)(3));
  char *(*table[2])(int) = {from, twice};
  ASSERT('o', *table[1](4));
  char *(*(*pt)[2])(int) = &table;
  ASSERT('r', *(*pt)[0](5));
  return 0;
}
