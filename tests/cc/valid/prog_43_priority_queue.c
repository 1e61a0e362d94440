int printf(const char *, ...);

static int heap[64];
static int n;

static void swap(int *a, int *b) {
  int t = *a;
  *a = *b;
  *b = t;
}

void push(int v) {
  int i = n++;
  heap[i] = v;
  while (i > 0 && heap[(i - 1) / 2] > heap[i]) {
    swap(&heap[(i - 1) / 2], &heap[i]);
    i = (i - 1) / 2;
  }
}

int pop(void) {
  int top = heap[0];
  heap[0] = heap[--n];
  int i = 0;
  for (;;) {
    int l = 2 * i + 1, r = l + 1, m = i;
    if (l < n && heap[l] < heap[m])
      m = l;
    if (r < n && heap[r] < heap[m])
      m = r;
    if (m == i)
      break;
    swap(&heap[i], &heap[m]);
    i = m;
  }
  return top;
}

int main(void) {
  int vals[] = {42, 7, 19, -3, 88, 7, 0, 15, 23, -10};
  for (int i = 0; i < 10; i++)
    push(vals[i]);
  while (n)
    printf("%d ", pop());
  printf("\n");
  return 0;
}
