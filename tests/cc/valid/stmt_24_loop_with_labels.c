int printf(const char *, ...);

int main(void) {
  int n = 0;
  for (int i = 0; i < 4; i++) {
    int j = 0;
  again:
    if (j < i) {
      n++;
      j++;
      goto again;
    }
  }
  printf("%d\n", n);
  int k = 3;
  while (k--) {
    switch (k) {
    case 2:
      printf("two\n");
      continue;
    case 1:
      goto one;
    default:
      printf("other %d\n", k);
      break;
    }
    continue;
  one:
    printf("one\n");
  }
  return 0;
}
