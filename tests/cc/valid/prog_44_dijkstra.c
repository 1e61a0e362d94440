int printf(const char *, ...);

#define V 6
#define INF 1000000

int main(void) {
  int w[V][V] = {
    {0, 7, 9, 0, 0, 14},
    {7, 0, 10, 15, 0, 0},
    {9, 10, 0, 11, 0, 2},
    {0, 15, 11, 0, 6, 0},
    {0, 0, 0, 6, 0, 9},
    {14, 0, 2, 0, 9, 0},
  };
  int dist[V], done[V] = {0}, prev[V];
  for (int i = 0; i < V; i++) {
    dist[i] = INF;
    prev[i] = -1;
  }
  dist[0] = 0;
  for (int k = 0; k < V; k++) {
    int u = -1;
    for (int i = 0; i < V; i++)
      if (!done[i] && (u < 0 || dist[i] < dist[u]))
        u = i;
    done[u] = 1;
    for (int v = 0; v < V; v++)
      if (w[u][v] && dist[u] + w[u][v] < dist[v]) {
        dist[v] = dist[u] + w[u][v];
        prev[v] = u;
      }
  }
  for (int i = 0; i < V; i++) {
    printf("node %d: %2d via", i + 1, dist[i]);
    for (int p = i; p >= 0; p = prev[p])
      printf(" %d", p + 1);
    printf("\n");
  }
  return 0;
}
