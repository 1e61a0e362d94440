int printf(const char *, ...);

int main(void) {
  int tri[6][6] = {{0}};
  for (int i = 0; i < 6; i++) {
    tri[i][0] = tri[i][i] = 1;
    for (int j = 1; j < i; j++)
      tri[i][j] = tri[i - 1][j - 1] + tri[i - 1][j];
  }
  for (int i = 0; i < 6; i++) {
    for (int s = 0; s < 5 - i; s++)
      printf(" ");
    for (int j = 0; j <= i; j++)
      printf("%d ", tri[i][j]);
    printf("\n");
  }
  return 0;
}
