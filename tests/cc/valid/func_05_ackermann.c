#include "test.h"

int ack(int m, int n) {
  if (m == 0)
    return n + 1;
  if (n == 0)
    return ack(m - 1, 1);
  return ack(m - 1, ack(m, n - 1));
}

int main(void) {
  ASSERT(1, ack(0, 0));
  ASSERT(3, ack(1, 1));
  ASSERT(7, ack(2, 2));
  ASSERT(29, ack(3, 2));
  ASSERT(61, ack(3, 3));
  return 0;
}
