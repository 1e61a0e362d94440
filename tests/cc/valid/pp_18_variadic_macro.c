#include "test.h"

#define LOG(fmt, ...) printf("log: " fmt "\n", __VA_ARGS__)
#define SUM3(...) sum3(__VA_ARGS__)
#define FIRST_ARG(x, ...) x

int sum3(int a, int b, int c) { return a + b + c; }

int main(void) {
  LOG("%d + %d = %d", 1, 2, 3);
  LOG("%s", "one arg");
  ASSERT(9, FIRST_ARG(9, 8, 7));
  ASSERT(15, SUM3(4, 5, 6));
  ASSERT(6, SUM3(1, SUM3(0, 1, 0), 4));
  return 0;
}
