int printf(const char *, ...);

#define W 12
#define H 10

static char grid[H][W], next[H][W];

int neighbours(int r, int c) {
  int n = 0;
  for (int dr = -1; dr <= 1; dr++)
    for (int dc = -1; dc <= 1; dc++) {
      if (!dr && !dc)
        continue;
      int rr = (r + dr + H) % H, cc = (c + dc + W) % W;
      n += grid[rr][cc];
    }
  return n;
}

void step(void) {
  for (int r = 0; r < H; r++)
    for (int c = 0; c < W; c++) {
      int n = neighbours(r, c);
      next[r][c] = n == 3 || (n == 2 && grid[r][c]);
    }
  for (int r = 0; r < H; r++)
    for (int c = 0; c < W; c++)
      grid[r][c] = next[r][c];
}

void show(int gen) {
  printf("generation %d\n", gen);
  for (int r = 0; r < H; r++) {
    for (int c = 0; c < W; c++)
      printf("%c", grid[r][c] ? '#' : '.');
    printf("\n");
  }
}

int main(void) {
  /* a glider and a blinker */
  grid[0][1] = grid[1][2] = grid[2][0] = grid[2][1] = grid[2][2] = 1;
  grid[6][8] = grid[6][9] = grid[6][10] = 1;
  show(0);
  for (int g = 1; g <= 4; g++) {
    step();
    if (g % 2 == 0)
      show(g);
  }
  return 0;
}
