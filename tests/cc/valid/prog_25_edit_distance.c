#include "test.h"

int min3(int a, int b, int c) {
  int m = a < b ? a : b;
  return m < c ? m : c;
}

int edit(const char *a, const char *b) {
  int d[16][16];
  int n = 0, m = 0;
  while (a[n])
    n++;
  while (b[m])
    m++;
  for (int i = 0; i <= n; i++)
    d[i][0] = i;
  for (int j = 0; j <= m; j++)
    d[0][j] = j;
  for (int i = 1; i <= n; i++)
    for (int j = 1; j <= m; j++)
      d[i][j] = min3(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] != b[j - 1]));
  return d[n][m];
}

int main(void) {
  ASSERT(3, edit("kitten", "sitting"));
  ASSERT(0, edit("same", "same"));
  ASSERT(4, edit("", "four"));
  ASSERT(2, edit("flaw", "lawn"));
  ASSERT(3, edit("sunday", "saturday"));
  return 0;
}
