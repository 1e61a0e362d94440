int printf(const char *, ...);

char grid[5][6] = {
  "#####",
  "#..##",
  "#.#.#",
  "#...#",
  "#####",
};

int main(void) {
  int open = 0;
  for (int r = 0; r < 5; r++)
    for (int c = 0; c < 5; c++)
      open += grid[r][c] == '.';
  printf("%d open\n", open);
  grid[2][2] = '.';
  for (int r = 0; r < 5; r++)
    printf("%s\n", grid[r]);
  return 0;
}
