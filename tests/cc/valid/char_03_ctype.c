#include "test.h"

int is_digit(int c) { return c >= '0' && c <= '9'; }
int is_alpha(int c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
int to_upper(int c) { return c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c; }
int is_space(int c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

int main(void) {
  ASSERT(1, is_digit('0'));
  ASSERT(0, is_digit('a'));
  ASSERT(1, is_alpha('Q'));
  ASSERT(0, is_alpha('['));
  ASSERT('X', to_upper('x'));
  ASSERT('5', to_upper('5'));
  ASSERT(1, is_space('\t'));
  ASSERT(0, is_space('_'));
  const char *s = "Hello World 42";
  int letters = 0, digits = 0;
  for (; *s; s++) {
    letters += is_alpha(*s);
    digits += is_digit(*s);
  }
  ASSERT(10, letters);
  ASSERT(2, digits);
  return 0;
}
