int printf(const char *, ...);

static unsigned seed = 42;
static int rnd(void) {
  seed = seed * 1103515245u + 12345u;
  return (seed >> 16) % 1000;
}

void quicksort(int *a, int lo, int hi) {
  if (lo >= hi)
    return;
  int pivot = a[(lo + hi) / 2];
  int i = lo, j = hi;
  while (i <= j) {
    while (a[i] < pivot)
      i++;
    while (a[j] > pivot)
      j--;
    if (i <= j) {
      int t = a[i];
      a[i++] = a[j];
      a[j--] = t;
    }
  }
  quicksort(a, lo, j);
  quicksort(a, i, hi);
}

int main(void) {
  int a[200];
  for (int i = 0; i < 200; i++)
    a[i] = rnd();
  quicksort(a, 0, 199);
  int sorted = 1;
  for (int i = 1; i < 200; i++)
    sorted &= a[i - 1] <= a[i];
  printf("sorted=%d min=%d max=%d median=%d\n", sorted, a[0], a[199], a[100]);
  for (int i = 0; i < 200; i += 20)
    printf("%d ", a[i]);
  printf("\n");
  return 0;
}
