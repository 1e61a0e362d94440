#include "test.h"

int main(void) {
  int total = 0;
  total += 1;
  int a = total * 10;
  total += a;
  for (int i = 0; i < 3; i++) {
    total += i;
    int sq = i * i;
    total += sq;
  }
  int b = total;
  ASSERT(19, b);
  return 0;
}
