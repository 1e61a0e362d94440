int printf(const char *, ...);

int main(void) {
  int r0[] = {1};
  int r1[] = {2, 3};
  int r2[] = {4, 5, 6};
  int *rows[] = {r0, r1, r2};
  int lens[] = {1, 2, 3};
  for (int i = 0; i < 3; i++) {
    for (int j = 0; j < lens[i]; j++)
      printf("%d ", rows[i][j]);
    printf("\n");
  }
  rows[2][1] = 50;
  printf("%d\n", r2[1]);
  return 0;
}
