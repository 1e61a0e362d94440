#include "test.h"

#define N 5
#define INF 1000

int main(void) {
  int d[N][N];
  for (int i = 0; i < N; i++)
    for (int j = 0; j < N; j++)
      d[i][j] = i == j ? 0 : INF;
  int edges[][3] = {{0, 1, 3}, {1, 2, 4}, {0, 2, 10}, {2, 3, 1}, {3, 4, 2}, {4, 0, 1}};
  for (int e = 0; e < 6; e++)
    d[edges[e][0]][edges[e][1]] = edges[e][2];
  for (int k = 0; k < N; k++)
    for (int i = 0; i < N; i++)
      for (int j = 0; j < N; j++)
        if (d[i][k] + d[k][j] < d[i][j])
          d[i][j] = d[i][k] + d[k][j];
  ASSERT(7, d[0][2]);
  ASSERT(8, d[0][3]);
  ASSERT(10, d[0][4]);
  ASSERT(4, d[2][0]);
  ASSERT(3, d[3][0]);
  ASSERT(8, d[4][2]);
  return 0;
}
