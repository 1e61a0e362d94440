int printf(const char *, ...);

void bubble(int *a, int n) {
  for (int i = 0; i < n - 1; i++) {
    int swapped = 0;
    for (int j = 0; j < n - 1 - i; j++)
      if (a[j] > a[j + 1]) {
        int t = a[j];
        a[j] = a[j + 1];
        a[j + 1] = t;
        swapped = 1;
      }
    if (!swapped)
      break;
  }
}

void insertion(int *a, int n) {
  for (int i = 1; i < n; i++) {
    int key = a[i], j = i - 1;
    while (j >= 0 && a[j] > key) {
      a[j + 1] = a[j];
      j--;
    }
    a[j + 1] = key;
  }
}

void show(const int *a, int n) {
  for (int i = 0; i < n; i++)
    printf("%d ", a[i]);
  printf("\n");
}

int main(void) {
  int a[] = {29, -3, 14, 0, 7, 7, 100, -50, 2, 1};
  int b[] = {5, 4, 3, 2, 1, 0, -1, -2};
  bubble(a, 10);
  insertion(b, 8);
  show(a, 10);
  show(b, 8);
  return 0;
}
