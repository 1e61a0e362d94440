#include "test.h"

int is_pal(const char *s) {
  const char *e = s;
  while (*e)
    e++;
  if (e == s)
    return 1;
  e--;
  while (s < e) {
    while (s < e && (*s == ' ' || *s == ','))
      s++;
    while (s < e && (*e == ' ' || *e == ','))
      e--;
    char a = *s >= 'A' && *s <= 'Z' ? *s + 32 : *s;
    char b = *e >= 'A' && *e <= 'Z' ? *e + 32 : *e;
    if (a != b)
      return 0;
    s++;
    e--;
  }
  return 1;
}

int main(void) {
  ASSERT(1, is_pal(""));
  ASSERT(1, is_pal("a"));
  ASSERT(1, is_pal("racecar"));
  ASSERT(0, is_pal("racecars"));
  ASSERT(1, is_pal("Never odd, or even"));
  ASSERT(0, is_pal("ab"));
  return 0;
}
