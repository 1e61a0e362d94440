#include "test.h"

int g[5];
int h[5] = {1, 2};
long big[100];

int main(void) {
  ASSERT(0, g[4]);
  ASSERT(2, h[1]);
  ASSERT(0, h[2]);
  for (int i = 0; i < 5; i++)
    g[i] = i * i;
  ASSERT(16, g[4]);
  big[99] = 7;
  ASSERT(7, big[99]);
  ASSERT(0, big[50]);
  ASSERT(800, sizeof big);
  return 0;
}
