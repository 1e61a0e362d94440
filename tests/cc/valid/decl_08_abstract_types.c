#include "test.h"

int main(void) {
  ASSERT(1, sizeof(char));
  ASSERT(8, sizeof(char *));
  ASSERT(8, sizeof(char **));
  ASSERT(10, sizeof(char[10]));
  ASSERT(80, sizeof(char *[10]));
  ASSERT(8, sizeof(char (*)[10]));
  ASSERT(60, sizeof(int[3][5]));
  ASSERT(8, sizeof(int (*)(void)));
  ASSERT(8, sizeof(int (*)(int, char *)));
  ASSERT(32, sizeof(int (*[4])(int)));
  ASSERT(8, sizeof(int (*(*)[4])(int)));
  ASSERT(8, sizeof(long (*(*)(void))[3]));
  return 0;
}
