#include "test.h"

/* Kernighan and Pike's matcher: c . ^ $ * */
static int match_here(const char *re, const char *text);

static int match_star(int c, const char *re, const char *text) {
  do {
    if (match_here(re, text))
      return 1;
  } while (*text != '\0' && (*text++ == c || c == '.'));
  return 0;
}

static int match_here(const char *re, const char *text) {
  if (re[0] == '\0')
    return 1;
  if (re[1] == '*')
    return match_star(re[0], re + 2, text);
  if (re[0] == '$' && re[1] == '\0')
    return *text == '\0';
  if (*text != '\0' && (re[0] == '.' || re[0] == *text))
    return match_here(re + 1, text + 1);
  return 0;
}

int match(const char *re, const char *text) {
  if (re[0] == '^')
    return match_here(re + 1, text);
  do {
    if (match_here(re, text))
      return 1;
  } while (*text++ != '\0');
  return 0;
}

int main(void) {
  ASSERT(1, match("abc", "xxabcxx"));
  ASSERT(0, match("^abc", "xxabc"));
  ASSERT(1, match("^ab*c$", "ac"));
  ASSERT(1, match("^ab*c$", "abbbbc"));
  ASSERT(0, match("^ab*c$", "abbbbcd"));
  ASSERT(1, match("a.c", "zzabcz"));
  ASSERT(1, match(".*", ""));
  ASSERT(0, match("x$", "xy"));
  ASSERT(1, match("^$", ""));
  return 0;
}
