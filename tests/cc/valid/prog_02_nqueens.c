int printf(const char *, ...);

static int cols[12];
static int solutions;

int safe(int row, int col) {
  for (int r = 0; r < row; r++) {
    int c = cols[r];
    if (c == col || c - col == r - row || c - col == row - r)
      return 0;
  }
  return 1;
}

void place(int row, int n) {
  if (row == n) {
    if (solutions++ == 0) {
      for (int r = 0; r < n; r++) {
        for (int c = 0; c < n; c++)
          printf("%c", cols[r] == c ? 'Q' : '.');
        printf("\n");
      }
    }
    return;
  }
  for (int c = 0; c < n; c++)
    if (safe(row, c)) {
      cols[row] = c;
      place(row + 1, n);
    }
}

int main(void) {
  for (int n = 4; n <= 6; n++) {
    solutions = 0;
    place(0, n);
    printf("%d queens: %d solutions\n", n, solutions);
  }
  return 0;
}
