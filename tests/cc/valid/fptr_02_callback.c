int printf(const char *, ...);

void each(const int *a, int n, void (*fn)(int, int)) {
  for (int i = 0; i < n; i++)
    fn(i, a[i]);
}

void show(int i, int v) { printf("[%d]=%d\n", i, v); }

static int acc;
void add(int i, int v) { acc += i * v; }

int main(void) {
  int a[] = {5, -2, 7};
  each(a, 3, show);
  each(a, 3, add);
  printf("acc=%d\n", acc);
  return 0;
}
