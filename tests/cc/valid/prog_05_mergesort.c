int printf(const char *, ...);

static int tmp[128];

void merge_sort(int *a, int n) {
  if (n < 2)
    return;
  int mid = n / 2;
  merge_sort(a, mid);
  merge_sort(a + mid, n - mid);
  int i = 0, j = mid, k = 0;
  while (i < mid && j < n)
    tmp[k++] = a[i] <= a[j] ? a[i++] : a[j++];
  while (i < mid)
    tmp[k++] = a[i++];
  while (j < n)
    tmp[k++] = a[j++];
  for (k = 0; k < n; k++)
    a[k] = tmp[k];
}

int main(void) {
  int a[100];
  for (int i = 0; i < 100; i++)
    a[i] = (i * 37 + 11) % 101 - 50;
  merge_sort(a, 100);
  for (int i = 0; i < 100; i += 9)
    printf("%d ", a[i]);
  printf("\n");
  int inversions = 0;
  for (int i = 1; i < 100; i++)
    inversions += a[i - 1] > a[i];
  printf("inversions=%d\n", inversions);
  return 0;
}
