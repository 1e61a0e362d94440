#include <string.h>
#include "test.h"

int main(void) {
  char buf[32];
  strcpy(buf, "alpha");
  strcat(buf, "-beta");
  ASSERT(10, strlen(buf));
  ASSERT(0, strcmp(buf, "alpha-beta"));
  ASSERT(1, strncmp(buf, "alpha-gamma", 6) == 0);
  ASSERT(1, strchr(buf, '-') == buf + 5);
  ASSERT(1, strrchr(buf, 'a') == buf + 9);
  ASSERT(1, strstr(buf, "beta") == buf + 6);
  ASSERT(1, strchr(buf, 'z') == 0);
  memset(buf, 'x', 3);
  ASSERT('x', buf[2]);
  ASSERT('h', buf[3]);
  char other[32];
  memcpy(other, buf, 11);
  ASSERT(0, memcmp(other, "xxxha-beta", 11));
  return 0;
}
