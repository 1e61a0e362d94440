int printf(const char *, ...);

int main(void) {
  int m[4][5];
  int top = 0, bottom = 3, left = 0, right = 4, n = 1;
  while (top <= bottom && left <= right) {
    for (int j = left; j <= right; j++)
      m[top][j] = n++;
    top++;
    for (int i = top; i <= bottom; i++)
      m[i][right] = n++;
    right--;
    if (top <= bottom) {
      for (int j = right; j >= left; j--)
        m[bottom][j] = n++;
      bottom--;
    }
    if (left <= right) {
      for (int i = bottom; i >= top; i--)
        m[i][left] = n++;
      left++;
    }
  }
  for (int i = 0; i < 4; i++) {
    for (int j = 0; j < 5; j++)
      printf("%3d", m[i][j]);
    printf("\n");
  }
  return 0;
}
