#include "test.h"

int main(void) {
  char cube[2][3][4];
  int n = 0;
  for (int i = 0; i < 2; i++)
    for (int j = 0; j < 3; j++)
      for (int k = 0; k < 4; k++)
        cube[i][j][k] = n++;
  ASSERT(24, sizeof cube);
  ASSERT(12, sizeof cube[1]);
  ASSERT(4, sizeof cube[1][2]);
  ASSERT(23, cube[1][2][3]);
  ASSERT(17, cube[1][1][1]);
  ASSERT(12, ***(cube + 1));
  ASSERT(6, (&cube[0][1][2])[0]);
  ASSERT(13, *(&cube[0][0][0] + 13));
  return 0;
}
