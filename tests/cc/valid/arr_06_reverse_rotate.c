int printf(const char *, ...);

void reverse(int *a, int lo, int hi) {
  while (lo < hi) {
    int t = a[lo];
    a[lo++] = a[hi];
    a[hi--] = t;
  }
}

void rotate_left(int *a, int n, int k) {
  k %= n;
  reverse(a, 0, k - 1);
  reverse(a, k, n - 1);
  reverse(a, 0, n - 1);
}

void show(const int *a, int n) {
  for (int i = 0; i < n; i++)
    printf("%d%s", a[i], i + 1 < n ? " " : "\n");
}

int main(void) {
  int a[7] = {1, 2, 3, 4, 5, 6, 7};
  rotate_left(a, 7, 3);
  show(a, 7);
  rotate_left(a, 7, 11);
  show(a, 7);
  reverse(a, 0, 6);
  show(a, 7);
  return 0;
}
