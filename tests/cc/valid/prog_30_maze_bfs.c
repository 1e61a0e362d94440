int printf(const char *, ...);

static const char *maze[] = {
  "##########",
  "#S.....#.#",
  "#.##.#.#.#",
  "#.#..#...#",
  "#.#.####.#",
  "#...#..#.#",
  "###.#.##.#",
  "#.....#.E#",
  "##########",
};

enum { ROWS = 9, COLS = 10 };

int main(void) {
  int dist[ROWS][COLS];
  int qr[ROWS * COLS], qc[ROWS * COLS], head = 0, tail = 0;
  for (int r = 0; r < ROWS; r++)
    for (int c = 0; c < COLS; c++)
      dist[r][c] = -1;
  dist[1][1] = 0;
  qr[tail] = 1;
  qc[tail++] = 1;
  static const int dr[] = {1, -1, 0, 0}, dc[] = {0, 0, 1, -1};
  while (head < tail) {
    int r = qr[head], c = qc[head++];
    for (int k = 0; k < 4; k++) {
      int nr = r + dr[k], nc = c + dc[k];
      if (maze[nr][nc] != '#' && dist[nr][nc] < 0) {
        dist[nr][nc] = dist[r][c] + 1;
        qr[tail] = nr;
        qc[tail++] = nc;
      }
    }
  }
  printf("distance to E: %d\n", dist[7][8]);
  printf("cells reached: %d\n", tail);
  for (int r = 0; r < ROWS; r++) {
    for (int c = 0; c < COLS; c++)
      printf("%c", maze[r][c] == '#' ? '#' : dist[r][c] < 0 ? ' ' : '0' + dist[r][c] % 10);
    printf("\n");
  }
  return 0;
}
