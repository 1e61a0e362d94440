int printf(const char *, ...);

int max(int a, int b) { return a > b ? a : b; }

int main(void) {
  int weight[] = {12, 7, 11, 8, 9, 6, 5, 14};
  int value[] = {24, 13, 23, 15, 16, 11, 8, 30};
  int n = 8, cap = 30;
  int best[31] = {0};
  for (int i = 0; i < n; i++)
    for (int w = cap; w >= weight[i]; w--)
      best[w] = max(best[w], best[w - weight[i]] + value[i]);
  printf("best value for capacity %d: %d\n", cap, best[cap]);
  for (int w = 0; w <= cap; w += 5)
    printf("cap %2d -> %d\n", w, best[w]);
  return 0;
}
