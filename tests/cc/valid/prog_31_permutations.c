int printf(const char *, ...);

static int count;

void permute(char *s, int k, int n) {
  if (k == n) {
    if (count++ < 8)
      printf("%s\n", s);
    return;
  }
  for (int i = k; i < n; i++) {
    char t = s[k];
    s[k] = s[i];
    s[i] = t;
    permute(s, k + 1, n);
    t = s[k];
    s[k] = s[i];
    s[i] = t;
  }
}

int next_perm(int *a, int n) {
  int i = n - 2;
  while (i >= 0 && a[i] >= a[i + 1])
    i--;
  if (i < 0)
    return 0;
  int j = n - 1;
  while (a[j] <= a[i])
    j--;
  int t = a[i];
  a[i] = a[j];
  a[j] = t;
  for (int l = i + 1, r = n - 1; l < r; l++, r--) {
    t = a[l];
    a[l] = a[r];
    a[r] = t;
  }
  return 1;
}

int main(void) {
  char s[] = "abcd";
  permute(s, 0, 4);
  printf("%d permutations\n", count);
  int a[] = {1, 1, 2, 3};
  int n = 1;
  while (next_perm(a, 4))
    n++;
  printf("%d distinct orders of 1123\n", n);
  return 0;
}
