#include "test.h"

static int parent[20], rank_[20];

int find(int x) {
  while (parent[x] != x) {
    parent[x] = parent[parent[x]];
    x = parent[x];
  }
  return x;
}

void unite(int a, int b) {
  a = find(a);
  b = find(b);
  if (a == b)
    return;
  if (rank_[a] < rank_[b]) {
    int t = a;
    a = b;
    b = t;
  }
  parent[b] = a;
  if (rank_[a] == rank_[b])
    rank_[a]++;
}

int main(void) {
  for (int i = 0; i < 20; i++)
    parent[i] = i;
  int edges[][2] = {{0, 1}, {2, 3}, {1, 3}, {5, 6}, {7, 8}, {8, 9}, {9, 5}, {10, 11}, {0, 3}};
  for (int i = 0; i < 9; i++)
    unite(edges[i][0], edges[i][1]);
  int groups = 0;
  for (int i = 0; i < 20; i++)
    groups += find(i) == i;
  ASSERT(12, groups);
  ASSERT(1, find(0) == find(2));
  ASSERT(1, find(6) == find(7));
  ASSERT(0, find(4) == find(5));
  return 0;
}
