#include "test.h"

int main(void) {
  char c = -1;
  ASSERT(0, c == -1); /* plain char is unsigned: c holds 255 */
  ASSERT(1, c == 255);
  signed char sc = -1;
  ASSERT(1, sc == -1);
  int i = c;
  ASSERT(255, i);
  unsigned char uc = c;
  ASSERT(1, uc == c);
  const char *s = "\xff";
  ASSERT(1, *s > 0);
  ASSERT(1, *s == 0xff);
  return 0;
}
