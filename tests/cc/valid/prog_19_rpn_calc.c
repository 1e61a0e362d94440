#include "test.h"

long rpn(const char *s) {
  long st[16];
  int sp = 0;
  while (*s) {
    if (*s == ' ') {
      s++;
    } else if (*s >= '0' && *s <= '9') {
      long v = 0;
      while (*s >= '0' && *s <= '9')
        v = v * 10 + (*s++ - '0');
      st[sp++] = v;
    } else {
      long b = st[--sp], a = st[--sp];
      switch (*s++) {
      case '+': st[sp++] = a + b; break;
      case '-': st[sp++] = a - b; break;
      case '*': st[sp++] = a * b; break;
      case '/': st[sp++] = a / b; break;
      }
    }
  }
  return st[0];
}

int main(void) {
  ASSERT(7, rpn("3 4 +"));
  ASSERT(14, rpn("5 1 2 + 4 * + 3 -"));
  ASSERT(-2, rpn("2 4 -"));
  ASSERT(40, rpn("100 5 / 2 *"));
  ASSERT(1000000000000L, rpn("1000000 1000000 *"));
  return 0;
}
