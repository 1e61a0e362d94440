#include "test.h"

int main(void) {
  int a[3][4], t[4][3];
  for (int i = 0; i < 3; i++)
    for (int j = 0; j < 4; j++)
      a[i][j] = i * 4 + j;
  for (int i = 0; i < 3; i++)
    for (int j = 0; j < 4; j++)
      t[j][i] = a[i][j];
  ASSERT(0, t[0][0]);
  ASSERT(4, t[0][1]);
  ASSERT(11, t[3][2]);
  ASSERT(6, t[2][1]);
  int ok = 1;
  for (int i = 0; i < 3; i++)
    for (int j = 0; j < 4; j++)
      ok = ok && a[i][j] == t[j][i];
  ASSERT(1, ok);
  return 0;
}
