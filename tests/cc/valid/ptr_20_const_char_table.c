#include "test.h"

static const char *const keywords[] = {"auto", "break", "case", "char", "const", "continue"};

int lookup(const char *w) {
  for (int i = 0; i < (int)(sizeof keywords / sizeof *keywords); i++) {
    const char *a = keywords[i], *b = w;
    while (*a && *a == *b) {
      a++;
      b++;
    }
    if (*a == *b)
      return i;
  }
  return -1;
}

int main(void) {
  ASSERT(0, lookup("auto"));
  ASSERT(5, lookup("continue"));
  ASSERT(4, lookup("const"));
  ASSERT(-1, lookup("con"));
  ASSERT(-1, lookup("chars"));
  return 0;
}
