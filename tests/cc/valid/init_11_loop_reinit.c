#include "test.h"

int main(void) {
  int total = 0;
  for (int i = 0; i < 3; i++) {
    int arr[4] = {i};   /* re-initialized on every iteration */
    struct { int a, b; } s = {.b = i};
    arr[3] += 10;
    total += arr[0] + arr[1] + arr[3] + s.a + s.b;
  }
  ASSERT(36, total);
  return 0;
}
