#include "test.h"

int main(void) {
  int m[2][3];
  for (int i = 0; i < 2; i++)
    for (int j = 0; j < 3; j++)
      m[i][j] = i * 10 + j;
  ASSERT(12, m[1][2]);
  ASSERT(24, sizeof(m));
  ASSERT(12, sizeof(m[0]));
  ASSERT(4, sizeof(m[0][0]));
  ASSERT(10, *m[1]);
  ASSERT(11, *(*(m + 1) + 1));
  ASSERT(2, ((int *)m)[2]);
  ASSERT(10, ((int *)m)[3]);
  return 0;
}
