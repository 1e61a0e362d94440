#include "test.h"

unsigned long my_strlen(const char *s) {
  const char *p = s;
  while (*p)
    p++;
  return p - s;
}

int main(void) {
  ASSERT(0, my_strlen(""));
  ASSERT(1, my_strlen("x"));
  ASSERT(13, my_strlen("hello, world!"));
  ASSERT(3, my_strlen("abc\0def"));
  char buf[32] = "sixteen chars!!!";
  ASSERT(16, my_strlen(buf));
  buf[5] = 0;
  ASSERT(5, my_strlen(buf));
  return 0;
}
