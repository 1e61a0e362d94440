int printf(const char *, ...);

int count_if(const int *a, int n, int (*pred)(const int *)) {
  int c = 0;
  for (int i = 0; i < n; i++)
    c += pred(&a[i]);
  return c;
}

int positive(const int *p) { return *p > 0; }
int even(const int *p) { return *p % 2 == 0; }

static const int data[] = {3, -1, 4, -1, 5, -9, 2, 6};

int main(void) {
  int n = sizeof data / sizeof data[0];
  printf("%d positive, %d even of %d\n", count_if(data, n, positive), count_if(data, n, even), n);
  return 0;
}
